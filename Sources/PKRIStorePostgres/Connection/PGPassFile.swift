import Foundation

/// `~/.pgpass` as libpq reads it: lines `host:port:database:user:password`,
/// `*` matching anything in the first four fields, `\:` and `\\` escaping,
/// `#` starting a comment, the first matching line winning. A file that
/// others may read (mode beyond 0600) is ignored, as libpq ignores it.
struct PGPassFile {
    struct Entry {
        var fields: [String]   // host, port, database, user
        var password: String
    }

    let entries: [Entry]

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
              info.st_mode & (S_IRWXG | S_IRWXO) == 0,
              let data = FileManager.default.contents(atPath: path) else { return nil }
        self.init(text: String(decoding: data, as: UTF8.self))
    }

    init(text: String) {
        entries = text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = Self.split(line)
            guard fields.count >= 5 else { return nil }
            return Entry(fields: Array(fields[0..<4]), password: fields[4...].joined(separator: ":"))
        }
    }

    func password(host: String, port: Int, database: String, user: String) -> String? {
        let wanted = [host, String(port), database, user]
        return entries.first { e in zip(e.fields, wanted).allSatisfy { $0 == "*" || $0 == $1 } }?.password
    }

    /// Splits on unescaped `:`; `\x` stands for `x`.
    static func split(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for c in line {
            if escaped {
                current.append(c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == ":" && fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        fields.append(current)
        return fields
    }
}
