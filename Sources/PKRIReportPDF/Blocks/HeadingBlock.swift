/// A section (level 1) or sub-section (level 2) heading. It keeps with the
/// next block, so it never ends a page alone.
struct HeadingBlock: FlowBlock {
    var text: String
    var level: Int

    func flow(in context: LayoutContext) -> [FlowItem] {
        let theme = context.theme
        let style = level <= 1 ? theme.heading1 : theme.heading2
        let layout = context.typesetter.layout(text, style, width: context.width)
        let slice = Slice(height: layout.height,
                          spaceBefore: level <= 1 ? theme.space.heading1 : theme.space.heading2,
                          spaceAfter: theme.headingGap, keepWithNext: true) { canvas, origin in
            layout.draw(on: canvas, at: origin)
        }
        return [.slice(slice)]
    }
}
