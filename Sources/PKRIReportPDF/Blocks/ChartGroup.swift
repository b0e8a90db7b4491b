import PKRICore

/// One category of a bar chart: its label on the left and one bar per
/// series, each followed by its value ("–" where there is none).
struct ChartGroup {
    static let bar = 9.0, barGap = 2.0

    let height: Double
    private let label: TextLayout
    private let bars: [(value: Double?, label: TextLayout, color: Color)]

    init(_ chart: Report.BarChart, category index: Int, labelWidth: Double, context: LayoutContext) {
        let theme = context.theme, typesetter = context.typesetter
        label = typesetter.layout(chart.categories[index], theme.chartLabel, width: labelWidth)
        bars = chart.series.enumerated().map { seriesIndex, series in
            let value = index < series.values.count ? series.values[index] : nil
            let text = value.map { Report.BarChart.text($0, context.language) } ?? "–"
            return (value, typesetter.layout(text, theme.chartValue, width: 60),
                    theme.palette.series[seriesIndex % theme.palette.series.count])
        }
        height = max(label.height, Double(bars.count) * (ChartGroup.bar + ChartGroup.barGap) - ChartGroup.barGap)
    }

    /// Draws the label at `origin.x` and the bars from the scale's zero line.
    func draw(on canvas: Canvas, at origin: Point, scale: ChartScale) {
        label.draw(on: canvas, at: Point(x: origin.x, y: origin.y + (height - label.height) / 2))
        let left = origin.x + scale.x
        var top = origin.y + (height - Double(bars.count) * (ChartGroup.bar + ChartGroup.barGap) + ChartGroup.barGap) / 2
        for bar in bars {
            let length = bar.value.map(scale.length) ?? 0
            if length > 0 {
                canvas.fill(Rect(x: left, y: top, width: length, height: ChartGroup.bar), bar.color)
            }
            bar.label.draw(on: canvas, at: Point(x: left + length + 3, y: top + (ChartGroup.bar - bar.label.height) / 2))
            top += ChartGroup.bar + ChartGroup.barGap
        }
    }
}
