/// The file name (without extension) of a subject's report in a batch.
///
/// An id made only of ASCII letters, digits, `-` and `_`, at most 100
/// characters and not starting with `-` (which tools read as an option),
/// is its own name: `INOV-2019-0042`. Any other id gets a readable slug
/// (each other character as `_`, at most 100 characters), then `~` and the
/// first 10 hex digits of the SHA-256 of the exact id: `COL.1` →
/// `COL_1~5d6a68086f`, `COL/1` → `COL_1~d8958a8920`, `COL_1` → `COL_1`.
/// A name depends on its id alone, never on the other ids of a run, so a
/// subject has the same file in every run; a plain name never holds a
/// `~`, so it cannot meet a hashed one.
///
/// ```swift
/// ReportFileName.for("INOV-2019-0042")  // "INOV-2019-0042"
/// ```
public enum ReportFileName {
    /// Longest slug kept, in characters (all ASCII, so also in bytes): far
    /// below the 255 bytes file systems allow, with room for the hash and
    /// the extension.
    static let slugLength = 100
    static let hashDigits = 10

    public static func `for`(_ subject: String) -> String {
        let scalars = subject.unicodeScalars.prefix(slugLength).enumerated().map { i, c in
            kept(c) && !(i == 0 && c == "-") ? c : "_"
        }
        let slug = String(String.UnicodeScalarView(scalars))
        if slug.hasSameBytes(as: subject), !slug.isEmpty { return slug }
        return slug + "~" + SHA256.hex(Array(subject.utf8)).prefix(hashDigits)
    }

    /// Characters every file system holds and no shell or tool reads as
    /// special inside a name.
    private static func kept(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "A"..."Z", "a"..."z", "0"..."9", "-", "_": true
        default: false
        }
    }
}
