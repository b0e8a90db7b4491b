import Foundation
import PKRICore
import PKRIXML

/// Loaded templates by SHA-256, so that a template stored once is parsed
/// and compiled once per process, whatever the number of submissions.
final class TemplateCache: @unchecked Sendable {
    private var loaded: [String: Template] = [:]
    /// By `id@version`: a workspace never changes the template stored under
    /// an id and version, so an import asks the database once per template.
    private var byVersion: [String: Template] = [:]
    private let lock = NSLock()

    func cached(id: String, version: String) -> Template? {
        lock.lock()
        defer { lock.unlock() }
        return byVersion["\(id)@\(version)"]
    }

    /// The loaded template with this hash, if this process has loaded it.
    func cached(sha256: String) -> Template? {
        lock.lock()
        defer { lock.unlock() }
        return loaded[sha256]
    }

    func template(for stored: StoredTemplate, language: Language) throws(WorkspaceError) -> Template {
        lock.lock()
        defer { lock.unlock() }
        if let t = loaded[stored.sha256] {
            byVersion["\(stored.id)@\(stored.version)"] = t
            return t
        }
        do {
            let t = try TemplateLoader(language: language)
                .load([UInt8](stored.xml), file: "workspace:\(stored.id)@\(stored.version)").template
            loaded[stored.sha256] = t
            byVersion["\(stored.id)@\(stored.version)"] = t
            return t
        } catch {
            throw .invalid(error.diagnostics)
        }
    }
}
