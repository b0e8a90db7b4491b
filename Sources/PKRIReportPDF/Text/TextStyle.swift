/// How a run of text looks: size in points, weight, colour.
struct TextStyle: Hashable {
    enum Weight: Hashable { case regular, bold }

    var size: Double
    var weight: Weight = .regular
    var italic = false
    var color: Color
    /// Extra space between lines, in points.
    var leading: Double = 0
}
