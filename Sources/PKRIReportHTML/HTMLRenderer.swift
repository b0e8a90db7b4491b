import Foundation
import PKRICore

/// Renders a ``Report`` as one self-contained HTML file: inline CSS with a
/// print stylesheet (A4, running header, page numbers where the browser or
/// print engine supports paged media), inline SVG charts and tile maps, and
/// trees as nested lists. Every piece of
/// text is escaped: a note holding markup prints as text. Text the model
/// isolated (FSI … PDI around a name with right-to-left characters) is
/// written as `<bdi>`, so it cannot reorder what follows it.
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
        <header class="report-head"><h1>\(text(report.title))</h1>
        """
        if let subtitle = report.subtitle { out += "<p class=\"subtitle\">\(text(subtitle))</p>" }
        out += "</header>\n<main>\n"
        for block in report.blocks { out += render(block, language: report.language) + "\n" }
        out += "</main>\n<footer class=\"report-foot\">\(text(report.footer))</footer>\n</body>\n</html>\n"
        return out
    }

    static func render(_ block: Report.Block, language: Language) -> String {
        switch block {
        case .heading(let s, let level):
            return "<h\(level + 1)>\(text(s))</h\(level + 1)>"
        case .paragraph(let s):
            return "<p>\(text(s))</p>"
        case .facts(let facts):
            return "<dl class=\"facts\">" + facts.map { "<dt>\(text($0.label))</dt><dd>\(text($0.value))</dd>" }.joined() + "</dl>"
        case .table(let table):
            return HTMLTable.render(table)
        case .chart(let chart):
            return SVGBarChart.render(chart, language: language)
        case .tree(let tree):
            return HTMLTree.render(tree)
        case .tileMap(let map):
            return SVGTileMap.render(map)
        case .callout(let s, let tone):
            return "<p class=\"callout \(tone.rawValue)\">\(text(s))</p>"
        case .pageBreak:
            return "<div class=\"page-break\"></div>"
        }
    }

    /// Escapes text for element content and quoted attributes; isolate
    /// marks stay characters (in a title, an attribute or SVG text, where
    /// no element may stand).
    public static func escape(_ s: String) -> String { MarkupText.escape(s) }

    /// Escapes text for HTML element content, each isolated run as `<bdi>`.
    static func text(_ s: String) -> String {
        let escaped = escape(s)
        guard escaped.unicodeScalars.contains(String.isolateStart) else { return escaped }
        var out = ""
        for c in escaped.unicodeScalars {
            switch c {
            case String.isolateStart: out += "<bdi>"
            case String.isolateEnd: out += "</bdi>"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
