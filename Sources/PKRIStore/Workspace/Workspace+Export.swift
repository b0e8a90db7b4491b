import Foundation
import PKRICore
import PKRIXML

extension Workspace {
    /// What an export wrote.
    public struct ExportSummary: Sendable {
        public var documents: [String] = []
        /// Evidence files in the folder (one file however many answers cite it).
        public var evidenceFiles: Int { evidencePaths.count }
        var evidencePaths = Set<String>()
        /// References whose file the workspace does not hold (kept as references).
        public var missingEvidence: [String] = []
        /// Answers with evidence or a note but no value yet, by submission
        /// id: the format has no place for them, so they stay behind.
        public var withoutValue: [(submission: String, question: String)] = []
    }

    /// Writes spec submission documents, one file per submission, and the
    /// evidence files they reference beside them, ready for `import`
    /// elsewhere. Existing documents with other content are never
    /// overwritten.
    public func exportSubmissions(_ submissions: [Submission], to folder: String) throws(WorkspaceError) -> ExportSummary {
        var summary = ExportSummary()
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .database(path, "cannot create \(folder): \(error)")
        }
        // Nothing is written outside the folder, nor through a link in it.
        let out = ConfinedFolder(folder)
        for original in submissions {
            var s = original
            for a in s.answers where a.values.isEmpty { summary.withoutValue.append((s.id, a.question)) }
            s.answers.removeAll { $0.values.isEmpty }
            for i in s.answers.indices {
                for j in s.answers[i].evidence.indices {
                    let e = s.answers[i].evidence[j]
                    guard !Self.isURL(e.href), ConfinedFolder.isSafeRelativePath(e.href) else { continue }
                    guard let sha = e.sha256, evidence.contains(sha256: sha) else {
                        summary.missingEvidence.append("\(s.id): \(e.href)")
                        continue
                    }
                    let href = try placeEvidence(sha: sha, href: e.href, in: out)
                    s.answers[i].evidence[j].href = href
                    summary.evidencePaths.insert(href)
                }
            }
            let name = Self.fileName(for: s)
            let target = "\(folder)/\(name)"
            let data = Data(SubmissionWriter.xml(s).utf8)
            switch Self.existing(name, in: out) {
            case .absent: break
            case .content(let sha) where sha == SHA256.hex(data): break
            default: throw .database(path, "\(target) already exists with other content; choose an empty folder")
            }
            do {
                try data.write(to: URL(fileURLWithPath: target), options: .atomic)
            } catch {
                throw .database(path, "cannot write \(target): \(error)")
            }
            summary.documents.append(target)
        }
        return summary
    }

    /// What stands at a path in the export folder.
    private enum Existing: Equatable {
        case absent
        /// A regular file inside the folder, with this hash.
        case content(String)
        /// Something that is not to be replaced or written through: a
        /// link, a folder, a FIFO, a file that cannot be read.
        case other
    }

    private static func existing(_ relative: String, in folder: ConfinedFolder) -> Existing {
        do throws(EvidenceProblem) {
            let file = try folder.open(relative)
            var hasher = SHA256.Hasher()
            try file.read { hasher.update($0) }
            return .content(hasher.finish())
        } catch .missing {
            return .absent
        } catch {
            return .other
        }
    }

    /// Copies an evidence file to `folder/href`; when another file already
    /// stands there, uses a name carrying the hash instead.
    private func placeEvidence(sha: String, href: String, in folder: ConfinedFolder) throws(WorkspaceError) -> String {
        var chosen = href
        switch Self.existing(href, in: folder) {
        case .content(sha): return href
        case .absent: break
        default:
            let dir = (href as NSString).deletingLastPathComponent
            let base = "\(sha.prefix(12))-" + (href as NSString).lastPathComponent
            chosen = dir.isEmpty ? base : "\(dir)/\(base)"
            switch Self.existing(chosen, in: folder) {
            case .content(sha): return chosen
            case .absent: break
            default: throw .evidence("\(folder.path)/\(chosen)", .cannotStore(folder: folder.path, .init(EEXIST)))
            }
        }
        do throws(EvidenceProblem) {
            try evidence.copy(sha256: sha, toNewFile: try folder.placeForNewFile(chosen))
        } catch {
            throw .evidence("\(folder.path)/\(chosen)", error)
        }
        return chosen
    }

    /// `SUBJECT_role_assessor_1a2b3c4d.xml`, safe on every file system.
    static func fileName(for s: Submission) -> String {
        func safe(_ text: String) -> String {
            String(text.unicodeScalars.map { c in
                (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == ".") ? Character(c) : "_"
            })
        }
        return "\(safe(s.subject))_\(s.role.rawValue)_\(safe(s.assessor))_\(s.id.prefix(8)).xml"
    }
}
