/// A rectangle in PDF points, y growing downwards as in Cairo.
struct Rect {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }
}

/// A position in PDF points, y growing downwards.
struct Point {
    var x: Double
    var y: Double
}
