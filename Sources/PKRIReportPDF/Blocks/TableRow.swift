/// One table row measured for its columns: each cell wraps inside its
/// column, and the row is as tall as its tallest cell.
struct TableRow {
    let height: Double
    private let cells: [(layout: TextLayout, x: Double)]
    private let fill: Color?
    private let width: Double

    /// Cells beyond the columns are dropped; missing cells are empty.
    init(_ texts: [String], _ columns: TableColumns, style: TextStyle, fill: Color?, typesetter: Typesetter) {
        let padding = TableColumns.padding
        cells = columns.columns.indices.map { index in
            let column = columns.columns[index]
            let text = index < texts.count ? texts[index] : ""
            let layout = typesetter.layout(text, style, width: max(column.width - 2 * padding.x, 1),
                                           alignment: column.alignment)
            return (layout, column.x + padding.x)
        }
        height = (cells.map(\.layout.height).max() ?? 0) + 2 * padding.y
        self.fill = fill
        width = columns.width
    }

    func draw(on canvas: Canvas, at origin: Point) {
        if let fill {
            canvas.fill(Rect(x: origin.x, y: origin.y, width: width, height: height), fill)
        }
        for cell in cells {
            cell.layout.draw(on: canvas, at: Point(x: origin.x + cell.x, y: origin.y + TableColumns.padding.y))
        }
    }
}
