import PKRICore

/// Label–value pairs in two columns: labels in bold on the left, as wide as
/// the longest label (at most 40 % of the line), values wrapping on the right.
struct FactsBlock: FlowBlock {
    var facts: [Report.Fact]

    func flow(in context: LayoutContext) -> [FlowItem] {
        let theme = context.theme, typesetter = context.typesetter
        let gap = 12.0, rowGap = 3.0
        let widest = facts.map { typesetter.layout($0.label, theme.bodyBold, width: context.width).naturalWidth }.max() ?? 0
        let labelWidth = min(widest.rounded(.up), context.width * 0.4)
        let valueWidth = context.width - labelWidth - gap
        return facts.indices.map { index in
            let label = typesetter.layout(facts[index].label, theme.bodyBold, width: labelWidth)
            let value = typesetter.layout(facts[index].value, theme.body, width: valueWidth)
            let slice = Slice(height: max(label.height, value.height),
                              spaceBefore: index == 0 ? theme.space.facts : rowGap,
                              spaceAfter: index == facts.count - 1 ? theme.space.facts : 0) { canvas, origin in
                label.draw(on: canvas, at: origin)
                value.draw(on: canvas, at: Point(x: origin.x + labelWidth + gap, y: origin.y))
            }
            return .slice(slice)
        }
    }
}
