extension String {
    /// First strong isolate (FSI) and pop directional isolate (PDI): text
    /// between them takes its direction from its own first strong letter
    /// and cannot reorder the text around it (Unicode bidi algorithm, X5c).
    public static let isolateStart: Unicode.Scalar = "\u{2068}", isolateEnd: Unicode.Scalar = "\u{2069}"

    /// This text between FSI and PDI when it holds right-to-left letters or
    /// bidi controls, so that what follows it in a report reads in its own
    /// order: a name with U+202E (right-to-left override) is shown as its
    /// author wrote it, and the id after it is not reversed. Isolate marks
    /// of the text itself are dropped, so a stray PDI cannot close the
    /// isolate early; every FSI/PDI pair in the result is this one, which
    /// the HTML renderer turns into `<bdi>`. Plain text comes back as it is.
    ///
    /// ```swift
    /// "Layanan \u{202E}Cepat".bidiIsolated + " (INOV-1)"
    /// ```
    public var bidiIsolated: String {
        guard unicodeScalars.contains(where: \.mayReorder) else { return self }
        var out = String.UnicodeScalarView()
        out.append(String.isolateStart)
        out.append(contentsOf: unicodeScalars.filter { !(0x2066...0x2069).contains($0.value) })
        out.append(String.isolateEnd)
        return String(out)
    }
}

extension Unicode.Scalar {
    /// A bidi control (marks, embeddings, overrides, isolates) or a letter
    /// or digit of a right-to-left script (Hebrew, Arabic, Syriac, Thaana,
    /// N'Ko…, their presentation forms and the SMP right-to-left blocks):
    /// what can reorder text in a left-to-right line.
    var mayReorder: Bool {
        if properties.isBidiControl { return true }
        switch value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return true
        default: return false
        }
    }
}
