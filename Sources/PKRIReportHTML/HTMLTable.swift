import PKRICore

/// A report table as HTML; `thead` repeats on every printed page.
enum HTMLTable {
    static func render(_ table: Report.Table) -> String {
        let total = table.columns.map(\.width).reduce(0, +)
        var out = "<table>"
        if let caption = table.caption { out += "<caption>\(HTMLRenderer.escape(caption))</caption>" }
        out += "<colgroup>" + table.columns.map { c in
            "<col style=\"width:\(String(format: "%.1f", c.width / total * 100))%\">"
        }.joined() + "</colgroup>"
        out += "<thead><tr>" + table.columns.map { "<th class=\"\($0.alignment.rawValue)\">\(HTMLRenderer.escape($0.title))</th>" }.joined() + "</tr></thead>"
        out += "<tbody>"
        for row in table.rows {
            out += "<tr>" + zip(table.columns, row).map { c, cell in
                "<td class=\"\(c.alignment.rawValue)\">\(HTMLRenderer.escape(cell))</td>"
            }.joined() + "</tr>"
        }
        return out + "</tbody></table>"
    }
}
