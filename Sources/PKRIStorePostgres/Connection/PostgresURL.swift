import PKRIWorkspace

/// The parts of `postgresql://[USER[:PASSWORD]@][HOST][:PORT][/DATABASE][?K=V&…]`,
/// percent-decoded, as libpq splits them. An IPv6 host is written `[::1]`.
struct PostgresURL {
    var user: String?
    var password: String?
    var host: String?
    var port: String?
    var database: String?
    var query: [String: String] = [:]

    init(_ url: String) throws(ServiceError) {
        let bad = ServiceError.invalidLocation(Self.redacted(url), reason: .malformedURL)
        var rest: Substring
        if url.lowercased().hasPrefix("postgresql://") {
            rest = url.dropFirst("postgresql://".count)
        } else if url.lowercased().hasPrefix("postgres://") {
            rest = url.dropFirst("postgres://".count)
        } else {
            throw bad
        }
        if let q = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: q)...].split(separator: "&") where !pair.isEmpty {
                guard let eq = pair.firstIndex(of: "="),
                      let key = Self.decode(pair[..<eq]), let value = Self.decode(pair[pair.index(after: eq)...])
                else { throw bad }
                query[key] = value
            }
            rest = rest[..<q]
        }
        var authority = rest
        if let slash = rest.firstIndex(of: "/") {
            authority = rest[..<slash]
            let path = rest[rest.index(after: slash)...]
            if !path.isEmpty {
                guard let db = Self.decode(path) else { throw bad }
                database = db
            }
        }
        if let at = authority.lastIndex(of: "@") {
            let info = authority[..<at]
            authority = authority[authority.index(after: at)...]
            if let colon = info.firstIndex(of: ":") {
                guard let u = Self.decode(info[..<colon]), let p = Self.decode(info[info.index(after: colon)...]) else { throw bad }
                user = u
                password = p
            } else {
                guard let u = Self.decode(info) else { throw bad }
                user = u
            }
            if user == "" { user = nil }
        }
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { throw bad }
            host = String(authority[authority.index(after: authority.startIndex)..<close])
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { port = String(after.dropFirst()) } else if !after.isEmpty { throw bad }
        } else if let colon = authority.lastIndex(of: ":") {
            host = Self.decode(authority[..<colon])
            port = String(authority[authority.index(after: colon)...])
        } else if !authority.isEmpty {
            host = Self.decode(authority)
        }
        if host == "" { host = nil }
        if port == "" { port = nil }
    }

    /// `%XX` decoded as UTF-8; nil for a broken escape.
    static func decode(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var i = text.utf8.startIndex
        let u = text.utf8
        while i < u.endIndex {
            let c = u[i]
            if c == UInt8(ascii: "%") {
                let h1 = u.index(after: i)
                guard h1 < u.endIndex else { return nil }
                let h2 = u.index(after: h1)
                guard h2 < u.endIndex, let hi = hex(u[h1]), let lo = hex(u[h2]) else { return nil }
                bytes.append(hi << 4 | lo)
                i = u.index(after: h2)
            } else {
                bytes.append(c)
                i = u.index(after: i)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hex(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The URL with any password replaced by `***`, safe in a message.
    static func redacted(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let afterScheme = url[scheme.upperBound...]
        let authorityEnd = afterScheme.firstIndex { $0 == "/" || $0 == "?" } ?? afterScheme.endIndex
        let authority = afterScheme[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else {
            return url.replacingPasswordParameter()
        }
        return (String(url[..<colon]) + ":***" + String(url[at...])).replacingPasswordParameter()
    }
}

private extension String {
    func replacingPasswordParameter() -> String {
        guard let q = firstIndex(of: "?") else { return self }
        let pairs = self[index(after: q)...].split(separator: "&").map { pair in
            pair.hasPrefix("password=") ? "password=***" : String(pair)
        }
        return String(self[...q]) + pairs.joined(separator: "&")
    }
}
