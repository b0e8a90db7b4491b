import Foundation
import PKRICore

/// The value axis of a bar chart: where 0 and the maximum fall across the
/// plot, tick labels at each quarter, and the grid lines under the bars.
struct ChartScale {
    private static let steps = 4

    /// Left edge and width of the plot, from the content's left edge.
    let x: Double
    let width: Double
    let maximum: Double
    let labelHeight: Double
    private let labels: [TextLayout]

    init(maximum: Double, x: Double, width: Double, context: LayoutContext) {
        let maximum = maximum > 0 ? maximum : 1
        self.maximum = maximum
        self.x = x
        self.width = width
        labels = (0...ChartScale.steps).map { step in
            let value = maximum * Double(step) / Double(ChartScale.steps)
            return context.typesetter.layout(ChartScale.number(value, context.language), context.theme.small,
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
        for (step, label) in labels.enumerated() {
            label.draw(on: canvas, at: Point(x: origin.x + gridX(step) - label.width / 2, y: origin.y))
        }
    }

    /// The grid lines (the zero line darker) over `height` points from `origin.y`.
    func drawGrid(on canvas: Canvas, at origin: Point, height: Double, palette: Theme.Palette) {
        for step in 0...ChartScale.steps {
            let x = origin.x + gridX(step)
            canvas.line(from: Point(x: x, y: origin.y), to: Point(x: x, y: origin.y + height), width: 0.5,
                        step == 0 ? palette.muted : palette.grid)
        }
    }

    private func gridX(_ step: Int) -> Double {
        x + width * Double(step) / Double(ChartScale.steps)
    }

    /// `77,78` in Indonesian, `77.78` in English, without trailing zeros.
    static func number(_ value: Double, _ language: Language) -> String {
        NumberText.display(Decimal(value), language, places: 2)
    }
}
