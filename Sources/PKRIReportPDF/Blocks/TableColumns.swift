import PKRICore

/// Where a table's columns fall, sized from what they hold
/// (``ColumnWidths``): no column is narrower than its widest word, and the
/// room left goes where it makes the table shortest. Cell padding is
/// inside.
struct TableColumns {
    struct Column {
        var x: Double
        var width: Double
        var alignment: Typesetter.Alignment
    }

    static let padding = (x: 5.0, y: 3.5)

    let columns: [Column]
    let width: Double

    /// `rows`: the extents of the header and of every row's cells (the
    /// header counts as a row), padding excluded.
    init(_ model: [Report.Table.Column], rows: [[TextExtent]], width: Double) {
        let least = model.indices.map { c in rows.map { c < $0.count ? $0[c].minimum : 0 }.max() ?? 0 }
        let widths = ColumnWidths(rows: rows.map { $0.map(\.natural) }, least: least,
                                  padding: 2 * TableColumns.padding.x, width: width).widths
        var x = 0.0
        columns = zip(model, widths).map { column, w in
            defer { x += w }
            let alignment: Typesetter.Alignment = switch column.alignment {
            case .leading: .leading
            case .trailing: .trailing
            case .center: .center
            }
            return Column(x: x, width: w, alignment: alignment)
        }
        self.width = width
    }
}
