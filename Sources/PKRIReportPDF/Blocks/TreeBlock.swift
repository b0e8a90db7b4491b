import PKRICore

/// A tree as a person draws one: each node a dot with its title in bold and
/// its lines below, indented by level, and a line from its parent's dot
/// down and across to its own. One slice per node, so a tree breaks between
/// nodes, each new page repeating the caption "(lanjutan)"; the lines of
/// neighbouring rows meet, since rows have no space between them.
struct TreeBlock: FlowBlock {
    var tree: Report.Tree

    /// Per level; the dot's centre from the level's left edge; the text's.
    static let indent = 14.0, dotX = 4.0, textX = 11.0, dotRadius = 2.3
    static let padding = (top: 3.0, bottom: 3.0), lineWidth = 0.7

    func flow(in context: LayoutContext) -> [FlowItem] {
        let theme = context.theme, typesetter = context.typesetter, width = context.width
        var items: [FlowItem] = []
        var continued: Slice.Header?
        if let caption = tree.caption {
            let layout = typesetter.layout(caption, theme.caption, width: width)
            items.append(.slice(Slice(height: layout.height, spaceBefore: theme.space.tree, spaceAfter: 4,
                                      keepWithNext: true, draw: layout.draw)))
            let more = typesetter.layout(caption + " " + context.language.pick("(lanjutan)", "(continued)"), theme.caption, width: width)
            continued = Slice.Header(height: more.height + 4) { canvas, origin in more.draw(on: canvas, at: origin) }
        }
        let branches = tree.branches()
        for (i, node) in tree.nodes.enumerated() {
            let level = max(node.level, 0)
            let left = Double(level) * TreeBlock.indent
            let textWidth = max(width - left - TreeBlock.textX, 40)
            let title = typesetter.layout(node.title, theme.treeTitle, width: textWidth)
            let lines = node.lines.isEmpty ? nil
                : typesetter.layout(node.lines.joined(separator: "\n"), theme.treeDetail, width: textWidth)
            let height = TreeBlock.padding.top + title.height + (lines?.height ?? 0) + TreeBlock.padding.bottom
            // The middle of the title's first line: where the dot sits.
            let middle = TreeBlock.padding.top + (title.lines.first?.baseline ?? title.height) - theme.treeTitle.size * 0.35
            let open = branches[i], hasChildren = tree.hasChildren(i), isLast = i == tree.nodes.count - 1
            let color = theme.palette.treeLine
            items.append(.slice(Slice(height: height, spaceBefore: tree.caption == nil && i == 0 ? theme.space.tree : 0,
                                      spaceAfter: isLast ? theme.space.tree : 0, keepWithNext: hasChildren,
                                      header: continued) { canvas, origin in
                func rail(_ level: Int) -> Double { origin.x + Double(level - 1) * TreeBlock.indent + TreeBlock.dotX }
                let lineWidth = TreeBlock.lineWidth
                // Lines of earlier siblings' branches passing by.
                for l in Swift.stride(from: 1, to: level, by: 1) where open[l - 1] {
                    canvas.line(from: Point(x: rail(l), y: origin.y), to: Point(x: rail(l), y: origin.y + height), width: lineWidth, color)
                }
                let dot = Point(x: origin.x + left + TreeBlock.dotX, y: origin.y + middle)
                if level > 0 {
                    let x = rail(level)
                    canvas.line(from: Point(x: x, y: origin.y), to: Point(x: x, y: open[level - 1] ? origin.y + height : dot.y),
                                width: lineWidth, color)
                    canvas.line(from: Point(x: x, y: dot.y), to: dot, width: lineWidth, color)
                }
                if hasChildren {
                    canvas.line(from: dot, to: Point(x: dot.x, y: origin.y + height), width: lineWidth, color)
                }
                canvas.dot(at: dot, radius: TreeBlock.dotRadius, level == 0 ? theme.palette.accent : color)
                let textLeft = origin.x + left + TreeBlock.textX
                title.draw(on: canvas, at: Point(x: textLeft, y: origin.y + TreeBlock.padding.top))
                lines?.draw(on: canvas, at: Point(x: textLeft, y: origin.y + TreeBlock.padding.top + title.height))
            }))
        }
        return items
    }
}
