import Foundation
import PKRICore
import PKRIODK
import PKRIXML

extension Workspace {
    /// Reads a submission document for an import: pkri's own format, or an
    /// ODK instance (docs/odk-form.md) of a form exported from a template
    /// the workspace holds, matched by the instance's `id` and `version`.
    /// Either way the submission is then checked and merged alike.
    ///
    /// pkri's format is tried first, so its documents cost nothing more; a
    /// file that fails and whose root is `<data>` is read as an instance.
    func readSubmission(contentsOf path: String, language l: Language) throws(DocumentError) -> Submission {
        do {
            return try SubmissionReader(language: l).read(contentsOf: path)
        } catch {
            guard let head = FileHandle(forReadingAtPath: path).map({ h in defer { try? h.close() }; return h.readData(ofLength: 4096) }),
                  ODKInstanceSniff.looksLikeInstance(head) else { throw error }
        }
        let root = try XMLTree.read(contentsOf: path, language: l)
        let id = root.attributes["id"] ?? "", version = root.attributes["version"] ?? ""
        let template: Template
        do {
            template = try self.template(id: id, version: version, language: l)
        } catch {
            throw DocumentError(root.location, l.pick(
                "instans ODK untuk formulir \(id) versi \(version), yang tidak ada sebagai templat di workspace; tambahkan dengan 'pkri template add'",
                "ODK instance of form \(id) version \(version), which is not a template in the workspace; add it with 'pkri template add'"))
        }
        // Media files beside the instance are found as evidence files beside
        // a pkri document are: copied with their sha256, a missing one a warning.
        return try ODKInstanceDecoder(template: template, language: l).decode(root, media: nil)
    }
}
