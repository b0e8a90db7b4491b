import PKRICore

/// Why an operation of the application layer failed: a stable ``code`` and
/// the data a front end needs to say it. No words here: the `pkri`
/// executable turns a code into a message and an exit status, the server
/// into an HTTP status.
///
/// ```swift
/// do { _ = try await store.template(.latest("pkri-keberlanjutan")) }
/// catch let e as ServiceError where e.code == .notFound { ... }
/// ```
public enum ServiceError: Error, Sendable, Hashable {
    /// No workspace where one was named (`--db`, `PKRI_DB`).
    case workspaceMissing(location: String)
    /// `init` of a workspace that already exists: it is never overwritten.
    case workspaceExists(location: String)
    /// `init` of a database that holds other tables than pkri's (named).
    case databaseNotEmpty(location: String, tables: [String])
    /// A database that is not a pkri workspace (no pkri schema in it).
    case notAWorkspace(location: String)
    /// A workspace migrated by a newer pkri: these migrations are unknown here.
    case workspaceTooNew(location: String, unknownMigrations: [String])
    /// A `--db` value that names no store pkri can open.
    case invalidLocation(String, reason: LocationProblem)
    /// The database server could not be reached or refused the login.
    case unreachable(location: String, detail: String)
    /// Any other failure of the store, with the store's own words (for logs).
    case storage(location: String, detail: String)
    /// No such thing in the workspace.
    case notFound(EntityKind, id: String)
    /// Problems in an input document or file, each located.
    case invalid([Diagnostic])
    /// The same template id and version is stored with other content.
    case templateVersionTaken(id: String, version: String, storedSHA256: String)
    /// An evidence file larger than ``EvidenceLimits/maxBytes``.
    case evidenceTooLarge(name: String, limit: Int)
    /// The workspace cannot be written (read-only medium, immutable file,
    /// no permission, or a log that cannot be folded in without writing);
    /// reading still works.
    case workspaceReadOnly(location: String)
    /// An evidence file that could not be read or stored (outside the
    /// document's folder, not a regular file, unreadable), with the store's
    /// own account of why (for logs).
    case evidenceUnusable(name: String, detail: String)

    /// What kind of thing was not found.
    public enum EntityKind: String, Sendable, Hashable {
        case template, submission, subject, agency, innovation, index, evidence
    }

    /// Why a `--db` value was refused.
    public enum LocationProblem: String, Sendable, Hashable {
        case malformedURL = "malformed-url"
        case missingDatabase = "missing-database"
        case unsupportedSSLMode = "unsupported-sslmode"
        case unsupportedParameter = "unsupported-parameter"
        case badPort = "bad-port"
    }

    /// The stable code of this error.
    public var code: Code {
        switch self {
        case .workspaceMissing: .workspaceMissing
        case .workspaceExists: .workspaceExists
        case .databaseNotEmpty: .databaseNotEmpty
        case .notAWorkspace: .notAWorkspace
        case .workspaceTooNew: .workspaceTooNew
        case .invalidLocation: .invalidLocation
        case .unreachable: .unreachable
        case .storage: .storage
        case .notFound: .notFound
        case .invalid: .invalid
        case .templateVersionTaken: .templateVersionTaken
        case .evidenceTooLarge: .evidenceTooLarge
        case .workspaceReadOnly: .workspaceReadOnly
        case .evidenceUnusable: .evidenceUnusable
        }
    }
}
