/// The width a text needs, in points: `minimum` is its widest piece that
/// no line break may split (a word, or an id between hyphens), `natural`
/// its width on one line.
struct TextExtent: Hashable {
    var minimum: Double
    var natural: Double

    /// Characters after which Unicode line breaking may end a line inside
    /// a run without spaces (hyphens, dashes, slashes, the soft hyphen).
    static let breakAfter: Set<Unicode.Scalar> = ["-", "/", "\u{00AD}", "\u{2010}", "\u{2012}", "\u{2013}", "\u{2014}"]
}
