/// Starts a new page, unless the current one is still empty.
struct PageBreakBlock: FlowBlock {
    func flow(in context: LayoutContext) -> [FlowItem] { [.pageBreak] }
}
