/// Justified running text, cut into one slice per line so it can continue
/// on the next page. The first two and the last two lines stay together (no
/// orphans, no widows).
struct ParagraphBlock: FlowBlock {
    var text: String

    func flow(in context: LayoutContext) -> [FlowItem] {
        let layout = context.typesetter.layout(text, context.theme.body, width: context.width,
                                               alignment: .justified)
        let count = layout.lines.count
        return layout.lines.indices.map { index in
            let line = layout.lines[index]
            return .slice(Slice(height: line.height,
                                spaceBefore: index == 0 ? context.theme.space.paragraph : 0,
                                spaceAfter: index == count - 1 ? context.theme.space.paragraph : 0,
                                keepWithNext: index == 0 || index == count - 2) { canvas, origin in
                layout.drawLine(index, on: canvas, at: origin)
            })
        }
    }
}
