import PKRICore

/// A tree as nested lists (`<ul>` in `<li>`), which is what a tree is to a
/// browser, a screen reader and a print engine; the stylesheet draws each
/// node's dot and the lines from parent to child. Every text is escaped.
enum HTMLTree {
    static func render(_ tree: Report.Tree) -> String {
        var out = "<figure class=\"tree\">"
        if let caption = tree.caption { out += "<figcaption>\(HTMLRenderer.text(caption))</figcaption>" }
        out += "<ul class=\"tree\">"
        // The level of the node whose <li> is open; a node may go one
        // level deeper than the one before it, and no more.
        var open = -1
        for (i, node) in tree.nodes.enumerated() {
            let level = min(max(node.level, 0), open + 1)
            if open >= 0 {
                if level > open {
                    out += "<ul>"
                } else {
                    out += "</li>" + String(repeating: "</ul></li>", count: open - level)
                }
            }
            out += tree.hasChildren(i) ? "<li class=\"parent\">" : "<li>"
            out += "<div class=\"node\"><span class=\"node-title\">\(HTMLRenderer.text(node.title))</span>"
            for line in node.lines { out += "<span class=\"node-line\">\(HTMLRenderer.text(line))</span>" }
            out += "</div>"
            open = level
        }
        if open >= 0 { out += "</li>" + String(repeating: "</ul></li>", count: open) }
        return out + "</ul></figure>"
    }
}
