/// Builds small templates from a minimal valid one, so that a test shows only
/// the part it is about. Every piece may carry ``MarkedSource`` markers;
/// marker `⟦0⟧` always stands before the root `<template`.
///
/// ```swift
/// let src = MinimalTemplate.template(sections: [
///     MinimalTemplate.section(MinimalTemplate.single(#"⟦1⟧id="q" weight="0""#)),
/// ])
/// ```
enum MinimalTemplate {
    static let file = "t.xml"

    static let title = #"<title xml:lang="en">Test template</title>"#
    static let lowBand = #"<band id="low" min="0"><label xml:lang="en">Low</label></band>"#

    /// A whole template; default: one index `i`, one section `s` with one
    /// scored single question `q1`.
    /// `prolog` stands between the XML declaration and the root;
    /// `extensions` are lines before the titles (room for other namespaces).
    static func template(declaration: String = #"<?xml version="1.0" encoding="UTF-8"?>"#,
                         prolog: String? = nil,
                         root: String = #"<template xmlns="urn:pkri:template:1" id="t" version="1" subject="innovation""#,
                         lang: String = "en", extensions: [String] = [], titles: [String] = [title],
                         indices: [String] = [index()],
                         sections: [String] = [section(single(#"id="q1""#))]) -> MarkedSource {
        var lines = [declaration]
        if let prolog { lines.append(prolog) }
        lines.append("⟦0⟧" + root + #" xml:lang="\#(lang)">"#)
        lines += extensions.map { "  " + $0 }
        lines += titles.map { "  " + $0 }
        lines += indices
        lines += sections
        lines.append("</template>")
        return MarkedSource(lines.joined(separator: "\n") + "\n")
    }

    /// An index; `attributes` replace `id="i"`. Children one per line.
    static func index(_ attributes: String = #"id="i""#, bands: [String] = [lowBand],
                      gates: [String] = []) -> String {
        (["  <index \(attributes)>", #"    <label xml:lang="en">Index</label>"#]
         + (bands + gates).map { "    " + $0 } + ["  </index>"]).joined(separator: "\n")
    }

    static func band(_ attributes: String) -> String {
        #"<band \#(attributes)><label xml:lang="en">Band</label></band>"#
    }

    /// Section `s` of index `i` holding `questions`, one per line.
    static func section(_ questions: String...) -> String {
        section(attributes: #"id="s" index="i" weight="1""#, questions)
    }

    static func section(attributes: String, _ questions: String...) -> String {
        section(attributes: attributes, questions)
    }

    static func section(attributes: String, _ questions: [String]) -> String {
        (["  <section \(attributes)>", #"    <label xml:lang="en">Section</label>"#]
         + questions.map { "    " + $0 } + ["  </section>"]).joined(separator: "\n")
    }

    /// A `single` question with options `a` (score 1) and `b` (score 0), on one line.
    static func single(_ attributes: String) -> String {
        question("single", attributes, options("a" , "b", scores: [1, 0]))
    }

    /// A question of any type; `body` follows the label.
    static func question(_ type: String, _ attributes: String, _ body: String = "") -> String {
        #"<question type="\#(type)" \#(attributes)><label xml:lang="en">Question</label>\#(body)</question>"#
    }

    static func options(_ values: String..., scores: [Int] = []) -> String {
        values.enumerated().map { i, v in
            let score = i < scores.count ? #" score="\#(scores[i])""# : ""
            return #"<option value="\#(v)"\#(score)><label xml:lang="en">\#(v)</label></option>"#
        }.joined()
    }
}
