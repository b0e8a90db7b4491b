import PKRICore

/// A table: caption above, a header row, then one slice per row, so it
/// breaks between rows and repeats the header row on each new page. Rows
/// alternate with a light tint; the caption, header and first row stay
/// together. A table without rows says so in one row.
struct TableBlock: FlowBlock {
    var table: Report.Table

    func flow(in context: LayoutContext) -> [FlowItem] {
        let theme = context.theme, typesetter = context.typesetter, width = context.width
        // A header word is never broken: its column is at least that wide.
        let headerWords = table.columns.map { column in
            column.title.split(separator: " ").map { word in
                typesetter.layout(String(word), theme.cellHeader, width: width).naturalWidth
            }.max() ?? 0
        }
        let columns = TableColumns(table.columns, width: width,
                                   minimum: headerWords.map { $0 + 2 * TableColumns.padding.x + 1 })
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

        let body = table.rows.isEmpty
            ? [TableRow([context.language.pick("Tidak ada data", "No data")], TableColumns([.init("")], width: width),
                        style: theme.emptyCell, fill: nil, typesetter: typesetter)]
            : table.rows.enumerated().map { index, cells in
                TableRow(cells, columns, style: theme.cell, fill: index % 2 == 1 ? theme.palette.zebra : nil,
                         typesetter: typesetter)
            }
        for (index, row) in body.enumerated() {
            let isLast = index == body.count - 1
            items.append(.slice(Slice(height: row.height, spaceAfter: isLast ? theme.space.table : 0,
                                      header: header) { canvas, origin in
                row.draw(on: canvas, at: origin)
                if isLast {
                    canvas.rule(at: Point(x: origin.x, y: origin.y + row.height), width: width, thickness: 0.5, ruleColor)
                }
            }))
        }
        return items
    }
}
