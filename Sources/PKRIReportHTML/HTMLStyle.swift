import PKRICore

/// The inline stylesheet: screen and print (A4, running header, page numbers).
enum HTMLStyle {
    static func css(_ report: Report) -> String {
        let page = report.language.pick("Halaman", "Page"), of = report.language.pick("dari", "of")
        return """
        body{font-family:"DejaVu Sans","Noto Sans",Arial,sans-serif;font-size:10pt;line-height:1.4;color:#222;max-width:60em;margin:2em auto;padding:0 1em}
        h1{font-size:18pt;margin:0 0 .2em}h2{font-size:13pt;margin:1.4em 0 .4em;border-bottom:1px solid #1f5f8b;color:#1f5f8b}
        h3{font-size:11pt;margin:1em 0 .3em}.subtitle{font-size:12pt;color:#555;margin:0 0 1em}
        dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dl.facts dt{font-weight:bold}dl.facts dd{margin:0}
        table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:9pt}caption{text-align:left;font-weight:bold;padding:.3em 0}
        th,td{border:1px solid #ccc;padding:.25em .4em;vertical-align:top;overflow-wrap:break-word;hyphens:manual}th{background:#eef3f7}
        tbody tr:nth-child(even){background:#f8f8f8}.leading{text-align:left}.trailing{text-align:right}.center{text-align:center}
        tr.group th{text-align:left;background:#f3f6f9;font-weight:bold}
        ul.legend{list-style:none;margin:0 0 .4em;padding:0;display:flex;flex-wrap:wrap;gap:.2em 1.4em;font-size:9pt}
        ul.legend li{display:inline-flex;align-items:center;gap:.4em}ul.legend svg{flex:none}
        .callout{padding:.5em .8em;border-left:4px solid #999;background:#f5f5f5}.callout.warning{border-color:#e0a030;background:#fff6e5}
        .callout.good{border-color:#3a9d5d;background:#eaf6ee}figure.chart{margin:1em 0}figcaption{font-weight:bold;margin-bottom:.3em}
        figure.tree,figure.tilemap{margin:1em 0}ul.tree,ul.tree ul{list-style:none;margin:0;padding:0}
        ul.tree li{position:relative;padding:.2em 0 .2em 2.2em}ul.tree ul{margin-left:-.875em}
        ul.tree li::before{content:"";position:absolute;left:1.1em;top:.55em;width:.45em;height:.45em;border-radius:50%;background:#8a94a6}
        ul.tree>li::before{background:#1f5f8b}ul.tree ul>li{border-left:1px solid #8a94a6}ul.tree ul>li:last-child{border-left-color:transparent}
        ul.tree ul>li::after{content:"";position:absolute;left:-1px;top:0;width:1.1em;height:.775em;border-left:1px solid #8a94a6;border-bottom:1px solid #8a94a6}
        ul.tree .node{position:relative}ul.tree li.parent>.node::after{content:"";position:absolute;left:-.875em;top:.575em;bottom:0;border-left:1px solid #8a94a6}
        .node-title{display:block;font-weight:bold}.node-line{display:block;color:#555;font-size:9pt}
        .report-foot{margin-top:2em;font-size:8pt;color:#777}
        @page{size:A4;margin:18mm 15mm 20mm;@top-center{content:"\(cssString(report.runningHeader))";font-size:8pt;color:#777}
        @bottom-right{content:"\(page) " counter(page) " \(of) " counter(pages);font-size:8pt}
        @bottom-left{content:"\(cssString(report.footer))";font-size:8pt;color:#777}}
        @page:first{@top-center{content:none}}
        @media print{body{margin:0;max-width:none;padding:0}thead{display:table-header-group}tr,figure.chart,figure.tilemap,.node{break-inside:avoid}
        h2,h3,tr.group{break-after:avoid}.page-break{break-after:page}.report-foot{display:none}}
        """
    }

    /// A CSS string literal's content: quotes, backslashes and markup-breaking
    /// characters escaped so user text can never close the style element.
    static func cssString(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\"", "\\", "<", ">", "&": out += "\\\(String(c.value, radix: 16)) "
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
