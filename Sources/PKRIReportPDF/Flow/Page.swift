/// One page of placed slices, before anything is drawn.
struct Page {
    struct Placement {
        var top: Double
        var draw: (Canvas, Point) -> Void
    }

    var placements: [Placement] = []
}
