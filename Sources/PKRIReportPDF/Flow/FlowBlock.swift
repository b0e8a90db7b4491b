/// A layout primitive: a paragraph, a table, a chart, a page break… It
/// measures itself with the context's typesetter and returns the slices
/// the paginator places, in reading order.
protocol FlowBlock {
    func flow(in context: LayoutContext) -> [FlowItem]
}
