import PKRICore

extension Report {
    /// The report as layout primitives, title first.
    var flowBlocks: [any FlowBlock] {
        [TitleBlock(title: title, subtitle: subtitle)] + blocks.map(\.flowBlock)
    }

    /// The slices of all blocks in reading order. A block right after a
    /// heading drops its own space above, so the heading's gap alone
    /// separates them.
    func flowItems(in context: LayoutContext) -> [FlowItem] {
        var items: [FlowItem] = []
        var afterHeading = false
        for block in flowBlocks {
            var flow = block.flow(in: context)
            if afterHeading, case .slice(var first)? = flow.first {
                first.spaceBefore = 0
                flow[0] = .slice(first)
            }
            afterHeading = block is HeadingBlock
            items += flow
        }
        return items
    }
}

extension Report.Block {
    /// The layout primitive that draws this block.
    var flowBlock: any FlowBlock {
        switch self {
        case .heading(let text, let level): HeadingBlock(text: text, level: level)
        case .paragraph(let text): ParagraphBlock(text: text)
        case .facts(let facts): FactsBlock(facts: facts)
        case .table(let table): TableBlock(table: table)
        case .chart(let chart): ChartBlock(chart: chart)
        case .tree(let tree): TreeBlock(tree: tree)
        case .tileMap(let map): TileMapBlock(map: map)
        case .callout(let text, let tone): CalloutBlock(text: text, tone: tone)
        case .pageBreak: PageBreakBlock()
        }
    }
}
