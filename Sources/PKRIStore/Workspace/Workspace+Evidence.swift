import Foundation
import GRDB
import PKRICore

extension Workspace {
    /// Largest evidence file copied into a workspace.
    public static let maxEvidenceBytes = 256 * 1024 * 1024

    /// Whether an evidence reference is a URL rather than a file path.
    static func isURL(_ href: String) -> Bool {
        href.contains("://") || href.hasPrefix("mailto:")
    }

    /// A relative path that stays inside its folder (no `..`, not absolute).
    static func isSafeRelativePath(_ href: String) -> Bool {
        !href.hasPrefix("/") && !href.split(separator: "/").contains("..") && !href.contains("\\") && !href.isEmpty
    }

    /// Where the file with this hash is kept.
    public func evidencePath(sha256: String) -> String {
        "\(evidenceDirectory)/\(sha256.prefix(2))/\(sha256)"
    }

    /// Copies a file into the evidence folder under its hash; returns the hash.
    /// Content-addressed, so copying the same file twice stores it once.
    public func storeEvidence(contentsOf path: String) throws(WorkspaceError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw .notFound(kind: "file", id: path) }
        guard data.count <= Self.maxEvidenceBytes else {
            throw .invalid([Diagnostic(.error, at: SourceLocation(file: path, line: 1),
                                       "evidence file is over \(Self.maxEvidenceBytes / 1024 / 1024) MiB")])
        }
        let sha = SHA256.hex(data)
        let target = evidencePath(sha256: sha)
        let fm = FileManager.default
        if !fm.fileExists(atPath: target) {
            do {
                try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                       withIntermediateDirectories: true)
                // Write beside, then rename: a crash never leaves half a file under the hash.
                // Unique per call: an import copies evidence on several threads.
                let temp = target + ".tmp-\(getpid())-\(UUID().uuidString)"
                try data.write(to: URL(fileURLWithPath: temp))
                try fm.moveItem(atPath: temp, toPath: target)
            } catch {
                if !fm.fileExists(atPath: target) { throw .database(path, "cannot store evidence: \(error)") }
            }
        }
        try write { db in
            try EvidenceFile(sha256: sha, name: (path as NSString).lastPathComponent, size: data.count,
                             storedAt: Timestamp.now()).insert(db, onConflict: .ignore)
        }
        return sha
    }

    /// Copies the evidence files a document names (relative paths beside it)
    /// into the workspace and fills in their hashes. A missing file is a
    /// warning: the reference and any hash it carries are kept.
    func collectEvidence(_ submission: inout Submission, documentPath: String,
                         language l: Language) -> [Diagnostic] {
        let folder = (documentPath as NSString).deletingLastPathComponent
        var warnings: [Diagnostic] = []
        for i in submission.answers.indices {
            let at = submission.answers[i].location ?? SourceLocation(file: documentPath, line: 1)
            for j in submission.answers[i].evidence.indices {
                let e = submission.answers[i].evidence[j]
                guard !Self.isURL(e.href) else { continue }
                guard Self.isSafeRelativePath(e.href) else {
                    warnings.append(Diagnostic(.warning, at: at, l.pick(
                        "bukti '\(e.href)' tidak disalin: jalurnya harus relatif dan tetap di dalam folder dokumen",
                        "evidence '\(e.href)' not copied: its path must be relative and stay inside the document's folder")))
                    continue
                }
                let file = folder.isEmpty ? e.href : "\(folder)/\(e.href)"
                guard FileManager.default.fileExists(atPath: file) else {
                    warnings.append(Diagnostic(.warning, at: at, l.pick(
                        "berkas bukti '\(e.href)' tidak ada di samping dokumen; rujukannya tetap disimpan",
                        "evidence file '\(e.href)' is not beside the document; the reference is kept")))
                    continue
                }
                do {
                    let sha = try storeEvidence(contentsOf: file)
                    if let claimed = e.sha256, claimed != sha {
                        warnings.append(Diagnostic(.warning, at: at, l.pick(
                            "sha256 bukti '\(e.href)' di dokumen (\(claimed.prefix(12))…) berbeda dengan berkasnya (\(sha.prefix(12))…); yang dicatat sha256 berkas",
                            "the sha256 of evidence '\(e.href)' in the document (\(claimed.prefix(12))…) differs from the file's (\(sha.prefix(12))…); the file's is recorded")))
                    }
                    submission.answers[i].evidence[j].sha256 = sha
                } catch {
                    warnings.append(Diagnostic(.warning, at: at, error.message(l)))
                }
            }
        }
        return warnings
    }
}
