import PKRICore

/// A short remark in a tinted box with a coloured bar on its left: grey
/// (plain), green (good) or amber (warning). Kept on one page.
struct CalloutBlock: FlowBlock {
    var text: String
    var tone: Report.Tone

    func flow(in context: LayoutContext) -> [FlowItem] {
        let theme = context.theme
        let bar = 3.5, padding = (x: 11.0, y: 8.0)
        let colors = switch tone {
        case .plain: theme.palette.callout.plain
        case .good: theme.palette.callout.good
        case .warning: theme.palette.callout.warning
        }
        let width = context.width
        let layout = context.typesetter.layout(text, theme.body, width: width - bar - 2 * padding.x)
        let height = layout.height + 2 * padding.y
        let slice = Slice(height: height, spaceBefore: theme.space.callout, spaceAfter: theme.space.callout) { canvas, origin in
            canvas.fill(Rect(x: origin.x, y: origin.y, width: width, height: height), colors.fill)
            canvas.fill(Rect(x: origin.x, y: origin.y, width: bar, height: height), colors.bar)
            layout.draw(on: canvas, at: Point(x: origin.x + bar + padding.x, y: origin.y + padding.y))
        }
        return [.slice(slice)]
    }
}
