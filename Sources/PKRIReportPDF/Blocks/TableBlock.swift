import PKRICore

/// A table: caption above, a header row, then one slice per row, so it
/// breaks between rows and repeats the header row on each new page. Rows
/// alternate with a light tint; the caption, header and first row stay
/// together, and a group's head stays with its first row. Columns are
/// sized from their content (``TableColumns``). A table without rows says
/// so in one row.
struct TableBlock: FlowBlock {
    var table: Report.Table

    func flow(in context: LayoutContext) -> [FlowItem] {
        let theme = context.theme, typesetter = context.typesetter, width = context.width
        let columns = TableColumns(table.columns, rows: extents(in: context), width: width)
        let ruleColor = theme.palette.muted
        var items: [FlowItem] = []

        if let caption = table.caption {
            let layout = typesetter.layout(caption, theme.caption, width: width)
            items.append(.slice(Slice(height: layout.height, spaceBefore: theme.space.table, spaceAfter: 4,
                                      keepWithNext: true, draw: layout.draw)))
        }

        let headerRow = TableRow(table.columns.map(\.title), columns, style: theme.cellHeader,
                                 fill: theme.palette.tableHeader, typesetter: typesetter)
        let header = Slice.Header(height: headerRow.height) { canvas, origin in
            headerRow.draw(on: canvas, at: origin)
            canvas.rule(at: Point(x: origin.x, y: origin.y + headerRow.height), width: width, thickness: 0.8, ruleColor)
        }
        items.append(.slice(Slice(height: header.height, spaceBefore: table.caption == nil ? theme.space.table : 0,
                                  keepWithNext: true, draw: header.draw)))

        var body: [(row: TableRow, isGroup: Bool)] = []
        if table.rows.isEmpty {
            body = [(TableRow([context.language.pick("Tidak ada data", "No data")],
                              TableColumns([.init("")], rows: [], width: width),
                              style: theme.emptyCell, fill: nil, typesetter: typesetter), false)]
        }
        var stripe = 0
        for row in table.rows {
            switch row {
            case .cells(let cells):
                body.append((TableRow(cells, columns, style: theme.cell, fill: stripe % 2 == 1 ? theme.palette.zebra : nil,
                                      typesetter: typesetter), false))
                stripe += 1
            case .group(let head):
                body.append((TableRow([head], TableColumns([.init("")], rows: [], width: width), style: theme.cellGroup,
                                      fill: theme.palette.groupRow, typesetter: typesetter), true))
                stripe = 0
            }
        }
        for (index, entry) in body.enumerated() {
            let isLast = index == body.count - 1, row = entry.row
            items.append(.slice(Slice(height: row.height, spaceAfter: isLast ? theme.space.table : 0,
                                      keepWithNext: entry.isGroup && !isLast, header: header) { canvas, origin in
                row.draw(on: canvas, at: origin)
                if isLast {
                    canvas.rule(at: Point(x: origin.x, y: origin.y + row.height), width: width, thickness: 0.5, ruleColor)
                }
            }))
        }
        return items
    }

    /// The extents of the header's and of each row's cells.
    private func extents(in context: LayoutContext) -> [[TextExtent]] {
        let theme = context.theme, typesetter = context.typesetter
        var rows = [table.columns.map { typesetter.extent($0.title, theme.cellHeader) }]
        for case .cells(let cells) in table.rows {
            rows.append(cells.prefix(table.columns.count).map { text in
                text.isEmpty ? TextExtent(minimum: 0, natural: 0) : typesetter.extent(text, theme.cell)
            })
        }
        return rows
    }
}
