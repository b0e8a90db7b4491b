/// The series names of a chart, each after a colour swatch, in rows that
/// wrap at the content width.
struct ChartLegend {
    static let swatch = 8.0

    let height: Double
    private let entries: [(layout: TextLayout, color: Color, x: Double, y: Double)]

    init(names: [String], colors: [Color], style: TextStyle, width: Double, typesetter: Typesetter) {
        let swatchGap = 4.0, entryGap = 14.0, rowGap = 3.0
        var x = 0.0, y = 0.0, rowHeight = 0.0
        var entries: [(TextLayout, Color, Double, Double)] = []
        for (index, name) in names.enumerated() {
            let layout = typesetter.layout(name, style, width: width - ChartLegend.swatch - swatchGap)
            let entryWidth = ChartLegend.swatch + swatchGap + layout.naturalWidth
            if x > 0, x + entryWidth > width {
                x = 0
                y += rowHeight + rowGap
                rowHeight = 0
            }
            entries.append((layout, colors[index % colors.count], x, y))
            x += entryWidth + entryGap
            rowHeight = max(rowHeight, layout.height)
        }
        self.entries = entries
        height = names.isEmpty ? 0 : y + rowHeight
    }

    func draw(on canvas: Canvas, at origin: Point) {
        for entry in entries {
            let top = origin.y + entry.y
            let swatchTop = top + (entry.layout.lines.first.map { $0.baseline } ?? ChartLegend.swatch) - ChartLegend.swatch + 0.5
            canvas.fill(Rect(x: origin.x + entry.x, y: swatchTop, width: ChartLegend.swatch, height: ChartLegend.swatch),
                        entry.color)
            entry.layout.draw(on: canvas, at: Point(x: origin.x + entry.x + ChartLegend.swatch + 4, y: top))
        }
    }
}
