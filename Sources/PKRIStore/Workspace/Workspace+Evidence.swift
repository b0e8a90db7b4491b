import Foundation
import GRDB
import PKRICore

/// Evidence files: read only under the rules of ``ConfinedFolder`` and
/// ``RegularFile``, kept in the ``EvidenceFolder`` beside the workspace.
extension Workspace {
    /// Largest evidence file copied into a workspace.
    public static let maxEvidenceBytes = 256 * 1024 * 1024

    /// Whether an evidence reference is a URL rather than a file path.
    static func isURL(_ href: String) -> Bool {
        href.contains("://") || href.hasPrefix("mailto:")
    }

    /// Where the file with this hash is kept.
    public func evidencePath(sha256: String) -> String {
        evidence.path(sha256: sha256)
    }

    /// Copies a file the assessor names into the evidence folder under its
    /// hash; returns the hash. Links are followed (the person chose the
    /// path); only a regular file is read, in chunks, after its size is
    /// checked. Content-addressed: the same file twice is stored once.
    public func storeEvidence(contentsOf path: String) throws(WorkspaceError) -> String {
        guard !isReadOnly else { throw .readOnly(self.path) }
        let sha: String, size: Int64
        do throws(EvidenceProblem) {
            let file = try RegularFile.open(path, followingLinks: true)
            sha = try evidence.store(file, limit: Int64(Self.maxEvidenceBytes))
            size = file.size
        } catch {
            throw .evidence(path, error)
        }
        try record(sha256: sha, name: (path as NSString).lastPathComponent, size: size)
        return sha
    }

    /// Names a stored file for people (the file itself is found by its hash).
    private func record(sha256: String, name: String, size: Int64) throws(WorkspaceError) {
        try write { db in
            try EvidenceFile(sha256: sha256, name: name, size: Int(size), storedAt: Timestamp.now()).insert(db, onConflict: .ignore)
        }
    }

    /// Copies the evidence files a document names (relative paths inside
    /// its folder) into the workspace and fills in their hashes. Whatever
    /// cannot be copied is a warning: the reference and any hash it carries
    /// are kept.
    func collectEvidence(_ submission: inout Submission, documentPath: String,
                         language l: Language) -> [Diagnostic] {
        let folder = ConfinedFolder(containing: documentPath)
        var warnings: [Diagnostic] = []
        for i in submission.answers.indices {
            let at = submission.answers[i].location ?? SourceLocation(file: documentPath, line: 1)
            for j in submission.answers[i].evidence.indices {
                let e = submission.answers[i].evidence[j]
                guard !Self.isURL(e.href) else { continue }
                let sha: String, size: Int64
                do throws(EvidenceProblem) {
                    let file = try folder.open(e.href)
                    sha = try evidence.store(file, limit: Int64(Self.maxEvidenceBytes))
                    size = file.size
                } catch .missing {
                    warnings.append(Diagnostic(.warning, at: at, l.pick(
                        "berkas bukti '\(e.href)' tidak ada di samping dokumen; rujukannya tetap disimpan",
                        "evidence file '\(e.href)' is not beside the document; the reference is kept")))
                    continue
                } catch {
                    warnings.append(Diagnostic(.warning, at: at, error.message(l, name: e.href)
                        + l.pick("; rujukannya tetap disimpan", "; the reference is kept")))
                    continue
                }
                do {
                    try record(sha256: sha, name: (e.href as NSString).lastPathComponent, size: size)
                } catch {
                    warnings.append(Diagnostic(.warning, at: at, error.message(l)))
                    continue
                }
                if let claimed = e.sha256, claimed != sha {
                    warnings.append(Diagnostic(.warning, at: at, l.pick(
                        "sha256 bukti '\(e.href)' di dokumen (\(claimed.prefix(12))…) berbeda dengan berkasnya (\(sha.prefix(12))…); yang dicatat sha256 berkas",
                        "the sha256 of evidence '\(e.href)' in the document (\(claimed.prefix(12))…) differs from the file's (\(sha.prefix(12))…); the file's is recorded")))
                }
                submission.answers[i].evidence[j].sha256 = sha
            }
        }
        return warnings
    }
}
