import PKRICore

/// Why a workspace operation failed, in words for a person.
public enum WorkspaceError: Error, Sendable {
    case missing(String)
    case alreadyExists(String)
    case database(String, String)
    /// Problems in an input document or file, each located.
    case invalid([Diagnostic])
    case notFound(kind: String, id: String)

    public func message(_ l: Language) -> String {
        switch self {
        case .missing(let p):
            return l.pick("tidak ada workspace di \(p); buat dengan 'pkri init' atau pilih dengan --db / PKRI_DB",
                          "no workspace at \(p); create one with 'pkri init' or choose one with --db / PKRI_DB")
        case .alreadyExists(let p):
            return l.pick("\(p) sudah ada; workspace yang ada tidak ditimpa", "\(p) already exists; an existing workspace is never overwritten")
        case .database(let p, let m):
            return l.pick("basis data \(p): \(m)", "database \(p): \(m)")
        case .invalid(let d):
            return d.map(\.description).joined(separator: "\n")
        case .notFound(let kind, let id):
            return l.pick("\(kind) '\(id)' tidak ditemukan di workspace", "\(kind) '\(id)' not found in the workspace")
        }
    }
}
