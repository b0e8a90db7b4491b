import PKRICore

/// A grouped horizontal bar chart drawn as vectors: title, legend and value
/// scale on top, then one group of bars per category over light grid lines.
///
/// The head and each group are slices tied together, so a chart that fits
/// on a page is never split: it moves to the next page whole. A chart
/// taller than a page (all 38 provinces, say) breaks between categories, and
/// each new page repeats the head, titled "(lanjutan)".
struct ChartBlock: FlowBlock {
    var chart: Report.BarChart

    private static let groupGap = 8.0, valueRoom = 38.0, labelShare = 0.32

    func flow(in context: LayoutContext) -> [FlowItem] {
        let theme = context.theme, width = context.width
        let labelWidth = self.labelWidth(in: context)
        let scale = ChartScale(chart, x: labelWidth + 10,
                               width: width - labelWidth - 10 - ChartBlock.valueRoom, context: context)
        let head = self.head(chart.title, scale: scale, context: context)
        let continued = self.head(chart.title + " " + context.language.pick("(lanjutan)", "(continued)"),
                                  scale: scale, context: context)
        let space = theme.space.chart
        var items: [FlowItem] = [.slice(Slice(height: head.height, spaceBefore: space,
                                              spaceAfter: chart.categories.isEmpty ? space : 0, keepWithNext: !chart.categories.isEmpty, draw: head.draw))]
        for index in chart.categories.indices {
            let group = ChartGroup(chart, category: index, labelWidth: labelWidth, context: context)
            let isLast = index == chart.categories.count - 1
            let height = group.height + ChartBlock.groupGap
            items.append(.slice(Slice(height: height, spaceAfter: isLast ? space : 0, keepWithNext: !isLast,
                                      header: continued) { canvas, origin in
                scale.drawGrid(on: canvas, at: origin, height: height, palette: theme.palette)
                group.draw(on: canvas, at: Point(x: origin.x, y: origin.y + ChartBlock.groupGap / 2), scale: scale)
            }))
        }
        return items
    }

    /// As wide as the widest category label, at most a third of the line.
    private func labelWidth(in context: LayoutContext) -> Double {
        let limit = context.width * ChartBlock.labelShare
        let widest = chart.categories.map {
            context.typesetter.layout($0, context.theme.chartLabel, width: limit).naturalWidth
        }
        return min((widest.max() ?? 0).rounded(.up), limit)
    }

    /// Title, legend, and the scale's labels over a short stretch of grid.
    private func head(_ title: String, scale: ChartScale, context: LayoutContext) -> Slice.Header {
        let theme = context.theme
        let title = context.typesetter.layout(title, theme.caption, width: context.width)
        let legend = ChartLegend(names: chart.series.map(\.name), colors: theme.palette.series,
                                 style: theme.chartLabel, width: context.width, typesetter: context.typesetter)
        let titleGap = 4.0, legendGap = 8.0, tickGap = 2.0
        let legendTop = title.height + titleGap
        let scaleTop = legendTop + legend.height + legendGap
        return Slice.Header(height: scaleTop + scale.labelHeight + tickGap) { canvas, origin in
            title.draw(on: canvas, at: origin)
            legend.draw(on: canvas, at: Point(x: origin.x, y: origin.y + legendTop))
            scale.drawLabels(on: canvas, at: Point(x: origin.x, y: origin.y + scaleTop))
            scale.drawGrid(on: canvas, at: Point(x: origin.x, y: origin.y + scaleTop + scale.labelHeight),
                           height: tickGap, palette: theme.palette)
        }
    }
}
