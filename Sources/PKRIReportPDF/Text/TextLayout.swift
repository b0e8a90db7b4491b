import CPangoCairo

/// Text laid out by Pango at a fixed width: its size, its lines, and how to
/// draw all of it or one line at a time (so paragraphs can break across
/// pages). Owns its `PangoLayout`.
final class TextLayout {
    /// Where a line sits inside the layout, in points from the layout's top.
    struct Line {
        var top: Double
        var bottom: Double
        var baseline: Double
        var x: Double
        var height: Double { bottom - top }
    }

    let width: Double
    let height: Double
    /// The width the text really takes (the longest line).
    let naturalWidth: Double
    let lines: [Line]
    private let layout: OpaquePointer
    private let color: Color

    /// Takes ownership of `layout`, whose text and attributes are set.
    init(_ layout: OpaquePointer, color: Color) {
        self.layout = layout
        self.color = color
        var w: Int32 = 0, h: Int32 = 0
        pango_layout_get_size(layout, &w, &h)
        width = Double(pango_layout_get_width(layout)) / Double(PANGO_SCALE)
        height = Double(h) / Double(PANGO_SCALE)
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        naturalWidth = Double(logical.width) / Double(PANGO_SCALE)
        lines = TextLayout.measureLines(layout)
    }

    /// Draws the whole text with its top-left corner at `origin`.
    func draw(on canvas: Canvas, at origin: Point) {
        canvas.setColor(color)
        cairo_move_to(canvas.cairo, origin.x, origin.y)
        pango_cairo_show_layout(canvas.cairo, layout)
    }

    /// Draws line `index` with the top of its line box at `origin.y`.
    func drawLine(_ index: Int, on canvas: Canvas, at origin: Point) {
        guard let line = pango_layout_get_line_readonly(layout, Int32(index)) else { return }
        let metrics = lines[index]
        canvas.setColor(color)
        cairo_move_to(canvas.cairo, origin.x + metrics.x, origin.y + metrics.baseline - metrics.top)
        pango_cairo_show_layout_line(canvas.cairo, line)
    }

    private static func measureLines(_ layout: OpaquePointer) -> [Line] {
        guard let iter = pango_layout_get_iter(layout) else { return [] }
        defer { pango_layout_iter_free(iter) }
        let scale = Double(PANGO_SCALE)
        var lines: [Line] = []
        repeat {
            var top: Int32 = 0, bottom: Int32 = 0
            pango_layout_iter_get_line_yrange(iter, &top, &bottom)
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, nil, &logical)
            lines.append(Line(top: Double(top) / scale, bottom: Double(bottom) / scale,
                              baseline: Double(pango_layout_iter_get_baseline(iter)) / scale,
                              x: Double(logical.x) / scale))
        } while pango_layout_iter_next_line(iter) != 0
        return lines
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
    }
}
