import Foundation
import PKRICore
import PKRIXML

/// Loaded templates by SHA-256, so that a template stored once is parsed
/// and compiled once per process, whatever the number of submissions.
final class TemplateCache: @unchecked Sendable {
    private var loaded: [String: Template] = [:]
    private let lock = NSLock()

    /// The loaded template with this hash, if this process has loaded it.
    func cached(sha256: String) -> Template? {
        lock.lock()
        defer { lock.unlock() }
        return loaded[sha256]
    }

    func template(for stored: StoredTemplate, language: Language) throws(WorkspaceError) -> Template {
        lock.lock()
        defer { lock.unlock() }
        if let t = loaded[stored.sha256] { return t }
        do {
            let t = try TemplateLoader(language: language)
                .load([UInt8](stored.xml), file: "workspace:\(stored.id)@\(stored.version)").template
            loaded[stored.sha256] = t
            return t
        } catch {
            throw .invalid(error.diagnostics)
        }
    }
}
