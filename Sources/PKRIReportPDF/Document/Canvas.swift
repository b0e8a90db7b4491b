import CPangoCairo

/// The few drawing operations the layout primitives need, over a Cairo
/// context. It does not own the context (``PDFDocument`` does).
struct Canvas {
    let cairo: OpaquePointer

    func fill(_ rect: Rect, _ color: Color) {
        setColor(color)
        cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
        cairo_fill(cairo)
    }

    /// The outline of `rect`, its line of `width` points inside the rectangle.
    func stroke(_ rect: Rect, width: Double, _ color: Color) {
        setColor(color)
        cairo_set_line_width(cairo, width)
        cairo_rectangle(cairo, rect.x + width / 2, rect.y + width / 2, rect.width - width, rect.height - width)
        cairo_stroke(cairo)
    }

    /// A filled disc.
    func dot(at center: Point, radius: Double, _ color: Color) {
        setColor(color)
        cairo_new_sub_path(cairo)
        cairo_arc(cairo, center.x, center.y, radius, 0, 2 * Double.pi)
        cairo_fill(cairo)
    }

    /// A straight line; `width` in points.
    func line(from a: Point, to b: Point, width: Double, _ color: Color) {
        setColor(color)
        cairo_set_line_width(cairo, width)
        cairo_move_to(cairo, a.x, a.y)
        cairo_line_to(cairo, b.x, b.y)
        cairo_stroke(cairo)
    }

    /// A horizontal rule across `width` points starting at `origin`.
    func rule(at origin: Point, width: Double, thickness: Double = 0.5, _ color: Color) {
        line(from: origin, to: Point(x: origin.x + width, y: origin.y), width: thickness, color)
    }

    func setColor(_ color: Color) {
        cairo_set_source_rgb(cairo, color.red, color.green, color.blue)
    }
}
