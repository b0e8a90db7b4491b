/// Splits a migration's SQL into its statements: PostgreSQL's extended
/// protocol runs one at a time. A `;` inside a quoted string, a `$$` body or
/// a `--` comment does not end a statement.
enum SQLStatements {
    static func split(_ sql: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var inQuote = false, inDollar = false, inComment = false
        var previous: Character = "\0"
        for c in sql {
            if inComment {
                if c == "\n" { inComment = false }
            } else if inQuote {
                if c == "'" { inQuote = false }
            } else if inDollar {
                if c == "$" && previous == "$" { inDollar = false; current.append(c); previous = "\0"; continue }
            } else if c == "-" && previous == "-" {
                inComment = true
            } else if c == "'" {
                inQuote = true
            } else if c == "$" && previous == "$" {
                inDollar = true; current.append(c); previous = "\0"; continue
            } else if c == ";" {
                let s = current.trimmingWhitespace()
                if !s.isEmpty { statements.append(s) }
                current = ""
                previous = c
                continue
            }
            current.append(c)
            previous = c
        }
        let s = current.trimmingWhitespace()
        if !s.isEmpty && !s.allLinesAreComments { statements.append(s) }
        return statements
    }
}

private extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    var allLinesAreComments: Bool {
        split(whereSeparator: \.isNewline).allSatisfy { $0.trimmingPrefix(while: \.isWhitespace).hasPrefix("--") }
    }
}

private extension Substring {
    func trimmingPrefix(while p: (Character) -> Bool) -> Substring {
        var s = self
        while let f = s.first, p(f) { s = s.dropFirst() }
        return s
    }
}
