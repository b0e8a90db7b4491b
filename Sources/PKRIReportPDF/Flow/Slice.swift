/// The unit the paginator places: something that must not be split, such
/// as a paragraph line, a table row or a whole chart. Layout primitives cut
/// themselves into slices; the paginator only sees heights, spacing and
/// keep rules.
struct Slice {
    /// Drawn first whenever this slice opens a page, e.g. a table's header
    /// row above a continued table.
    struct Header {
        var height: Double
        var draw: (Canvas, Point) -> Void
    }

    var height: Double
    /// Space above and below. Between two slices the larger of the first's
    /// `spaceAfter` and the second's `spaceBefore` is left; at the top of a
    /// page, none.
    var spaceBefore: Double = 0
    var spaceAfter: Double = 0
    /// Never end a page after this slice (a heading, a paragraph's first line).
    var keepWithNext = false
    var header: Header?
    /// Draws the slice with its top-left corner at the given point.
    var draw: (Canvas, Point) -> Void
}
