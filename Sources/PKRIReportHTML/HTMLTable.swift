import PKRICore

/// A report table as HTML; `thead` repeats on every printed page. Column
/// widths come from the content (the browser's automatic table layout),
/// and a word breaks only when it is wider than the whole table. A group's
/// head (a question above its assessors' rows) spans every column.
enum HTMLTable {
    static func render(_ table: Report.Table) -> String {
        var out = "<table>"
        if let caption = table.caption { out += "<caption>\(HTMLRenderer.text(caption))</caption>" }
        out += "<thead><tr>" + table.columns.map { "<th class=\"\($0.alignment.rawValue)\">\(HTMLRenderer.text($0.title))</th>" }.joined() + "</tr></thead>"
        out += "<tbody>"
        for row in table.rows {
            switch row {
            case .cells(let cells):
                out += "<tr>" + table.columns.indices.map { c in
                    "<td class=\"\(table.columns[c].alignment.rawValue)\">\(HTMLRenderer.text(c < cells.count ? cells[c] : ""))</td>"
                }.joined() + "</tr>"
            case .group(let head):
                out += "<tr class=\"group\"><th colspan=\"\(table.columns.count)\" scope=\"rowgroup\">\(HTMLRenderer.text(head))</th></tr>"
            }
        }
        return out + "</tbody></table>"
    }
}
