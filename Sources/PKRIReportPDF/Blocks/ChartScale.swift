import Foundation
import PKRICore

/// The value axis of a bar chart: where 0 and the axis end fall across the
/// plot, the chart's tick labels (quarters of a measure, whole numbers of
/// a count), and the grid lines under the bars.
struct ChartScale {
    /// Left edge and width of the plot, from the content's left edge.
    let x: Double
    let width: Double
    /// The value at the right end of the axis (the last tick).
    let maximum: Double
    let labelHeight: Double
    private let ticks: [Double]
    private let labels: [TextLayout]

    init(_ chart: Report.BarChart, x: Double, width: Double, context: LayoutContext) {
        ticks = chart.ticks
        maximum = ticks.last.flatMap { $0 > 0 ? $0 : nil } ?? 1
        self.x = x
        self.width = width
        labels = ticks.map { value in
            context.typesetter.layout(Report.BarChart.text(value, context.language), context.theme.small,
                                      width: 60, alignment: .center)
        }
        labelHeight = labels.first?.height ?? 0
    }

    /// The length of a bar for `value`, clamped to 0…maximum.
    func length(_ value: Double) -> Double {
        width * min(max(value, 0), maximum) / maximum
    }

    /// The tick labels, centred over their grid lines, in a row at `origin.y`.
    func drawLabels(on canvas: Canvas, at origin: Point) {
        for (tick, label) in zip(ticks, labels) {
            label.draw(on: canvas, at: Point(x: origin.x + gridX(tick) - label.width / 2, y: origin.y))
        }
    }

    /// The grid lines (the zero line darker) over `height` points from `origin.y`.
    func drawGrid(on canvas: Canvas, at origin: Point, height: Double, palette: Theme.Palette) {
        for tick in ticks {
            let x = origin.x + gridX(tick)
            canvas.line(from: Point(x: x, y: origin.y), to: Point(x: x, y: origin.y + height), width: 0.5,
                        tick == 0 ? palette.muted : palette.grid)
        }
    }

    private func gridX(_ tick: Double) -> Double {
        x + width * tick / maximum
    }
}
