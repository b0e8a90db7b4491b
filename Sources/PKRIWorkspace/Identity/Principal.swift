import Foundation

/// Who acts: the person a front end has authenticated, or the local
/// operating-system user running `pkri`. Recorded in the audit log beside
/// the document's own assessor, who may be someone else (a hub importing a
/// verifier's files).
///
/// ```swift
/// let me = Principal.localUser()            // local:siti
/// let web = Principal(.authenticated, "budi@example.go.id")
/// ```
public struct Principal: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// The operating-system user of a `pkri` process.
        case local
        /// A user signed in to a server front end.
        case authenticated = "user"
    }

    public let kind: Kind
    public let name: String

    public init(_ kind: Kind, _ name: String) {
        self.kind = kind
        self.name = name
    }

    /// `local:NAME` or `user:NAME`, as the audit log stores it.
    public var description: String { "\(kind.rawValue):\(name)" }

    /// Reads back ``description``; nil for anything else.
    public init?(recorded text: String) {
        guard let colon = text.firstIndex(of: ":"), let kind = Kind(rawValue: String(text[..<colon])) else { return nil }
        let name = String(text[text.index(after: colon)...])
        guard !name.isEmpty else { return nil }
        self.init(kind, name)
    }

    /// The user running this process: the account's login name, else
    /// `USER`/`LOGNAME`, else the numeric user id.
    public static func localUser(environment: [String: String] = ProcessInfo.processInfo.environment) -> Principal {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name, let text = String(validatingCString: name),
           !text.isEmpty {
            return Principal(.local, text)
        }
        let name = environment["USER"] ?? environment["LOGNAME"] ?? "uid-\(geteuid())"
        return Principal(.local, name)
    }
}
