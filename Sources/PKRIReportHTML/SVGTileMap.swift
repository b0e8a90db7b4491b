import PKRICore

/// A tile map as inline SVG: one group per tile (`class="tile filled
/// framed"`, `data-id` its code) holding a `<title>` that says it in a
/// sentence, the square, and its label and mark as text; the legend below
/// as a list, each key with a small square drawn as the tiles are. Colour
/// is never alone: the mark is written in the tile.
enum SVGTileMap {
    static let side = 40.0, gap = 3.0, frame = 3.0
    static let colors = (plain: "#e6eaef", plainText: "#52606d", filled: "#1f4e79", filledText: "#ffffff", frame: "#e07b39")

    static func render(_ map: Report.TileMap) -> String {
        let step = side + gap
        let width = Double(max(map.columns, 1)) * step - gap, height = Double(max(map.rows, 1)) * step - gap
        var out = "<figure class=\"tilemap\"><figcaption>\(HTMLRenderer.text(map.title))</figcaption>"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"100%\" role=\"img\" aria-label=\"\(HTMLRenderer.escape(map.title))\">"
        for tile in map.tiles {
            let x = Double(tile.column) * step, y = Double(tile.row) * step
            var classes = "tile"
            if tile.filled { classes += " filled" }
            if tile.framed { classes += " framed" }
            out += "<g class=\"\(classes)\" data-id=\"\(HTMLRenderer.escape(tile.id))\"><title>\(HTMLRenderer.escape(tile.description))</title>"
            out += square(x: x, y: y, side: side, filled: tile.filled, framed: tile.framed)
            let text = tile.filled ? colors.filledText : colors.plainText
            let labelY = tile.mark.isEmpty ? y + side / 2 : y + side / 2 - 6
            out += "<text class=\"label\" x=\"\(f(x + side / 2))\" y=\"\(f(labelY))\"\(fitting(tile.label, largest: 10, bold: false)) text-anchor=\"middle\" dominant-baseline=\"middle\" fill=\"\(text)\">\(HTMLRenderer.escape(tile.label))</text>"
            if !tile.mark.isEmpty {
                out += "<text class=\"mark\" x=\"\(f(x + side / 2))\" y=\"\(f(y + side / 2 + 7.5))\"\(fitting(tile.mark, largest: 10, bold: true)) font-weight=\"bold\" text-anchor=\"middle\" dominant-baseline=\"middle\" fill=\"\(text)\">\(HTMLRenderer.escape(tile.mark))</text>"
            }
            out += "</g>"
        }
        out += "</svg>"
        if !map.legend.isEmpty {
            out += "<ul class=\"legend\">" + map.legend.map { key in
                "<li><svg width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" aria-hidden=\"true\">"
                    + square(x: 0, y: 0, side: 14, filled: key.filled, framed: key.framed) + "</svg>"
                    + "<span>\(HTMLRenderer.text(key.mark.isEmpty ? key.text : key.mark + "\u{2002}" + key.text))</span></li>"
            }.joined() + "</ul>"
        }
        return out + "</figure>"
    }

    /// The square, its frame drawn inside it.
    private static func square(x: Double, y: Double, side: Double, filled: Bool, framed: Bool) -> String {
        var out = "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(side))\" height=\"\(f(side))\" fill=\"\(filled ? colors.filled : colors.plain)\"/>"
        if framed {
            let w = min(frame, side / 5)
            out += "<rect x=\"\(f(x + w / 2))\" y=\"\(f(y + w / 2))\" width=\"\(f(side - w))\" height=\"\(f(side - w))\" fill=\"none\" stroke=\"\(colors.frame)\" stroke-width=\"\(f(w))\"/>"
        }
        return out
    }

    /// The font size of `text` in a tile, and — when at the smallest size
    /// it would still be wider than the room inside a frame — a
    /// `textLength` that narrows its letters to fit. The SVG is not
    /// measured: DejaVu Sans averages about 0.56 em a letter, its bold
    /// about 0.62 em.
    private static func fitting(_ text: String, largest: Double, bold: Bool) -> String {
        let room = side - 2 * frame - 1, smallest = 8.0
        let perSize = (bold ? 0.62 : 0.56) * Double(max(text.count, 1))
        let size = max(smallest, min(largest, room / perSize))
        var out = " font-size=\"\(f(size))\""
        if size * perSize > room { out += " textLength=\"\(f(room))\" lengthAdjust=\"spacingAndGlyphs\"" }
        return out
    }

    private static func f(_ v: Double) -> String { SVGBarChart.f(v) }
}
