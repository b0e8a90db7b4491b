/// The report's title and subtitle at the top of the first page, over a
/// rule in the accent colour.
struct TitleBlock: FlowBlock {
    var title: String
    var subtitle: String?

    func flow(in context: LayoutContext) -> [FlowItem] {
        let theme = context.theme, width = context.width
        let title = context.typesetter.layout(self.title, theme.title, width: width)
        let subtitle = self.subtitle.map { context.typesetter.layout($0, theme.subtitle, width: width) }
        let subtitleGap = 3.0, ruleGap = 9.0, ruleWidth = 1.2, after = 4.0
        let textHeight = title.height + (subtitle.map { subtitleGap + $0.height } ?? 0)
        let slice = Slice(height: textHeight + ruleGap + ruleWidth + after) { canvas, origin in
            title.draw(on: canvas, at: origin)
            subtitle?.draw(on: canvas, at: Point(x: origin.x, y: origin.y + title.height + subtitleGap))
            canvas.rule(at: Point(x: origin.x, y: origin.y + textHeight + ruleGap), width: width,
                        thickness: ruleWidth, theme.palette.accent)
        }
        return [.slice(slice)]
    }
}
