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

    init(_ model: [Report.Table.Column], width: Double) {
        let total = model.reduce(0) { $0 + max($1.width, 0) }
        var x = 0.0
        columns = model.map { column in
            let share = total > 0 ? max(column.width, 0) / total : 1 / Double(model.count)
            defer { x += share * width }
            let alignment: Typesetter.Alignment = switch column.alignment {
            case .leading: .leading
            case .trailing: .trailing
            case .center: .center
            }
            return Column(x: x, width: share * width, alignment: alignment)
        }
        self.width = width
    }
}
