import PKRICore

/// Where a table's columns fall: the content width shared by their relative
/// widths, with the cell padding inside.
struct TableColumns {
    struct Column {
        var x: Double
        var width: Double
        var alignment: Typesetter.Alignment
    }

    static let padding = (x: 5.0, y: 3.5)

    let columns: [Column]
    let width: Double

    /// `minimum`: the least width of each column (its header's longest
    /// word, say), taken from the columns that have room to spare.
    init(_ model: [Report.Table.Column], width: Double, minimum: [Double] = []) {
        let total = model.reduce(0) { $0 + max($1.width, 0) }
        var widths = model.map { column in
            (total > 0 ? max(column.width, 0) / total : 1 / Double(model.count)) * width
        }
        let least = model.indices.map { $0 < minimum.count ? minimum[$0] : 0 }
        let deficit = zip(widths, least).reduce(0.0) { $0 + max($1.1 - $1.0, 0) }
        let slack = zip(widths, least).reduce(0.0) { $0 + max($1.0 - $1.1, 0) }
        if deficit > 0, slack >= deficit {
            widths = zip(widths, least).map { w, m in w < m ? m : w - (w - m) / slack * deficit }
        }
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
