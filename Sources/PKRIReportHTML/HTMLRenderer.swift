import Foundation
import PKRICore

/// Renders a ``Report`` as one self-contained HTML file: inline CSS with a
/// print stylesheet (A4, running header, page numbers where the browser or
/// print engine supports paged media) and inline SVG charts. Every piece of
/// text is escaped: a note holding markup prints as text.
///
/// ```swift
/// let html = HTMLRenderer.render(report)
/// ```
public enum HTMLRenderer {
    public static func render(_ report: Report) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="\(report.language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="generator" content="pkri">
        <title>\(escape(report.title + (report.subtitle.map { " — " + $0 } ?? "")))</title>
        <style>\(HTMLStyle.css(report))</style>
        </head>
        <body>
        <header class="report-head"><h1>\(escape(report.title))</h1>
        """
        if let subtitle = report.subtitle { out += "<p class=\"subtitle\">\(escape(subtitle))</p>" }
        out += "</header>\n<main>\n"
        for block in report.blocks { out += render(block) + "\n" }
        out += "</main>\n<footer class=\"report-foot\">\(escape(report.footer))</footer>\n</body>\n</html>\n"
        return out
    }

    static func render(_ block: Report.Block) -> String {
        switch block {
        case .heading(let text, let level):
            return "<h\(level + 1)>\(escape(text))</h\(level + 1)>"
        case .paragraph(let text):
            return "<p>\(escape(text))</p>"
        case .facts(let facts):
            return "<dl class=\"facts\">" + facts.map { "<dt>\(escape($0.label))</dt><dd>\(escape($0.value))</dd>" }.joined() + "</dl>"
        case .table(let table):
            return HTMLTable.render(table)
        case .chart(let chart):
            return SVGBarChart.render(chart)
        case .callout(let text, let tone):
            return "<p class=\"callout \(tone.rawValue)\">\(escape(text))</p>"
        case .pageBreak:
            return "<div class=\"page-break\"></div>"
        }
    }

    /// Escapes text for element content and quoted attributes.
    public static func escape(_ s: String) -> String { MarkupText.escape(s) }
}
