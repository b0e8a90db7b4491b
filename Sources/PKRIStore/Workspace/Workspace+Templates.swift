import Foundation
import GRDB
import PKRICore
import PKRIXML

extension Workspace {
    public enum TemplateAddOutcome: Sendable { case added, unchanged }

    /// Checks a template and stores its exact XML, hash and version. The same
    /// id and version with other content is refused: a changed template
    /// needs a new version, so that every submission stays bound to the
    /// exact text it was made with.
    public func addTemplate(contentsOf path: String, language: Language = .id)
        throws(WorkspaceError) -> (Template, TemplateAddOutcome) {
        let bytes: [UInt8]
        let template: Template
        do throws(DocumentError) {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DocumentError(SourceLocation(file: path, line: 1),
                                    language.pick("berkas tidak dapat dibaca", "cannot read the file"))
            }
            bytes = [UInt8](data)
            template = try TemplateLoader(language: language).load(bytes, file: path).template
        } catch {
            throw .invalid(error.diagnostics)
        }
        let stored = StoredTemplate(id: template.id, version: template.version, sha256: template.sha256,
                                    xml: Data(bytes), addedAt: Timestamp.now())
        let outcome: TemplateAddOutcome = try write { db in
            if let existing = try StoredTemplate.fetchOne(db, key: ["id": template.id, "version": template.version]) {
                guard existing.sha256 == template.sha256 else {
                    throw WorkspaceError.invalid([Diagnostic(.error, at: SourceLocation(file: path, line: 1), language.pick(
                        "templat \(template.id) versi \(template.version) sudah ada dengan isi lain (sha256 \(existing.sha256.prefix(12))…); beri templat yang diubah versi baru",
                        "template \(template.id) version \(template.version) is already stored with other content (sha256 \(existing.sha256.prefix(12))…); give the changed template a new version"))])
                }
                return .unchanged
            }
            try stored.insert(db)
            return .added
        }
        return (template, outcome)
    }

    /// Stored templates (without their XML), newest first within an id.
    public func storedTemplates() throws(WorkspaceError) -> [StoredTemplate] {
        try read { db in
            try StoredTemplate.order(Column("id"), Column("addedAt").desc, Column("rowid").desc).fetchAll(db)
        }
    }

    /// A stored template, loaded; the latest added version when `version` is nil.
    public func template(id: String, version: String?, language: Language) throws(WorkspaceError) -> Template {
        if let version, let known = templates.cached(id: id, version: version) { return known }
        var request = StoredTemplate.filter(Column("id") == id)
        if let version { request = request.filter(Column("version") == version) }
        request = request.order(Column("addedAt").desc, Column("rowid").desc)
        // The hash first: a template this process has loaded is not read again
        // (a batch of reports asks for the same one for every subject).
        let sha256 = try read { db in try request.select(Column("sha256"), as: String.self).fetchOne(db) }
        if let sha256, let loaded = templates.cached(sha256: sha256) { return loaded }
        let stored: StoredTemplate? = try read { db in try request.fetchOne(db) }
        guard let stored else {
            throw .notFound(kind: language.pick("templat", "template"), id: version.map { "\(id)@\($0)" } ?? id)
        }
        return try templates.template(for: stored, language: language)
    }
}
