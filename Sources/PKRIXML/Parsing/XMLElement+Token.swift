extension XMLElement {
    /// Value of an attribute with no namespace, read as the schema reads an
    /// `xs:token` (and every other type that collapses white space:
    /// `xs:NCName`, `xs:anyURI`, `xs:dateTime`, `xs:decimal`, `xs:boolean`):
    /// tabs, line feeds and carriage returns become spaces, runs of spaces
    /// become one, and leading and trailing spaces go.
    ///
    /// ```swift
    /// // <submission role=" verifier " subject="INOV-1&#10;">
    /// root.token("role")      // "verifier"
    /// root.token("subject")   // "INOV-1"
    /// ```
    func token(_ name: String) -> String? {
        attribute(name).map(Self.collapsingWhiteSpace)
    }

    /// XSD's `whiteSpace="collapse"`, on Unicode scalars as XSD counts them.
    static func collapsingWhiteSpace(_ s: String) -> String {
        // Nearly every attribute has no white space at all: keep it as it is.
        // Scanned in place: `utf8.contains` walked the view index by index.
        let isSpace = { (b: UInt8) in b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        let hasSpace = s.utf8.withContiguousStorageIfAvailable { $0.contains(where: isSpace) }
            ?? s.utf8.contains(where: isSpace)
        if !hasSpace { return s }
        var out = String.UnicodeScalarView()
        var spaceBefore = false
        for c in s.unicodeScalars {
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                spaceBefore = !out.isEmpty
                continue
            }
            if spaceBefore { out.append(" ") }
            spaceBefore = false
            out.append(c)
        }
        return String(out)
    }
}
