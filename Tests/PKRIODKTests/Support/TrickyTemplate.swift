import PKRICore
import PKRIXML

/// A template whose relevance, constraints and gates meet every corner
/// where pkri's answer document (no element for an unanswered question)
/// and an ODK instance (an empty node) part ways: comparisons with
/// unanswered questions, `count()`, `not()`, `!=`, node sets of several
/// questions, numbers JavaRosa writes in scientific notation, dates,
/// texts with commas and tabs. Each relevance question is a scored single
/// choice, so the provisional score sees relevance too.
enum TrickyTemplate {
    /// Relevance expressions; question `rN` is relevant when the N-th holds.
    static let relevance = [
        "not(${pilih} = 'a')",
        "${pilih} != 'a'",
        "count(${pilih}) = 0",
        "not(${pilih})",
        "string-length(${teks}) = 0",
        "${teks} = ''",
        "${jumlah} > 3",
        "${jumlah} != 3",
        "${jumlah} = ${nilai}",
        "${tanggal} = '2024-01-02'",
        "count-selected(${banyak}) >= 2",
        "selected(${banyak}, 'x')",
        "${jumlah} + ${nilai} > 5",
        "sum(${jumlah} | ${nilai}) > 5",
        "count(${pilih} | ${teks}) = 1",
        "boolean(${jumlah})",
        "${jumlah}",
        "string(${nilai}) = '12.5'",
        "substring(${teks}, 1, 2) = 'ab'",
        "floor(${nilai}) = 12 or ceiling(${nilai}) = -2",
        "round(${nilai}) = 13",
        "normalize-space(${teks}) = 'a b'",
        "concat(${pilih}, ${teks}) = 'ab'",
        "${teks} = 5",
        "number(${teks}) > 1",
        "${banyak} = 'x y'",
        "not(${tanggal} > '2014-01-01')",
        "selected(${teks}, 'b')",
        "${pilih} = 'a' or ${teks} != 'ab'",
        "string-length(${nilai}) > 4",
        "contains(${tanggal}, '-01-')",
        "-${jumlah} < -3",
        "${jumlah} mod 2 = 1",
        "${jumlah} div 4 >= 2.5",
        "(${jumlah} > 3) = true()",
        "${pilih} = true()",
        "count(${jumlah}) + count(${nilai}) = 2",
        "substring-before(${teks}, ' ') = 'a'",
        "translate(${pilih}, 'abc', 'ABC') = 'B'",
        "starts-with(${teks}, 'INOV-')",
        "${nilai} != ${jumlah} and count(${banyak}) = 1",
        "substring(${teks}, 2) = 'b'",
    ]

    /// Questions answered after the relevance ones, each with a constraint on `.`.
    static let constrained: [(id: String, type: String, constraint: String, body: String)] = [
        ("c_teks", "text", ". != ${teks}", ""),
        ("c_bulat", "integer", ". > ${jumlah}", ""),
        ("c_banyak", "multiple", "not(selected(., 'z')) or count-selected(.) = 1",
         options([("x", 1), ("y", 1), ("z", 0)])),
        ("c_pendek", "text", "string-length(.) <= 3", ""),
        ("c_desimal", "decimal", ". >= ${nilai} or count(${nilai}) = 0", ""),
        ("c_tanggal", "date", "translate(., '-', '') >= 20140101", ""),
    ]

    static let gates = [
        ("${pilih} = 'c'", "0"),
        ("count(${teks}) = 0 and ${jumlah} > 100", "10"),
        ("${tanggal} != '2024-01-02'", "50"),
    ]

    static let source: String = {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<template xmlns="urn:pkri:template:1" id="tricky" version="1" subject="innovation" xml:lang="id">"#,
            #"  <title xml:lang="id">Templat Uji</title><title xml:lang="en">Test Template</title>"#,
            #"  <index id="i" scale="100">"#, label("Indeks Uji", "Test Index"),
            #"    <band id="tinggi" min="50">\#(label("Tinggi", "High"))</band>"#,
            #"    <band id="rendah" min="0">\#(label("Rendah", "Low"))</band>"#,
        ]
        for (when, value) in gates { lines.append(#"    <gate when="\#(escape(when))" value="\#(value)"/>"#) }
        lines += [#"  </index>"#, #"  <section id="dasar" index="i" weight="2">"#, label("Dasar", "Basics")]
        lines.append(question("pilih", "single", "", options([("a", 2), ("b", 1), ("c", 0)])))
        lines.append(question("banyak", "multiple", #"max-score="3" evidence="required""#,
                              options([("x", 1), ("y", 2), ("z", 1), ("tidak", 0)])))
        lines.append(question("jumlah", "integer", #"min="0" max="500" evidence="optional""#,
                              #"<band max="10" score="1"/><band min="11" score="3"/>"#))
        lines.append(question("nilai", "decimal", #"min="-10" constraint="string-length(substring-after(., '.')) &lt;= 2""#, ""))
        lines.append(question("teks", "text", "", ""))
        lines.append(question("tanggal", "date", "", ""))
        lines += [#"  </section>"#, #"  <section id="relevansi" index="i" weight="1">"#, label("Relevansi", "Relevance")]
        for (k, r) in relevance.enumerated() {
            lines.append(question("r\(k + 1)", "single", #"relevant="\#(escape(r))""#, options([("ya", 1), ("tidak", 0)])))
        }
        lines += [#"  </section>"#, #"  <section id="batasan" index="i" weight="1">"#, label("Batasan", "Constraints")]
        for c in constrained {
            lines.append(question(c.id, c.type, #"constraint="\#(escape(c.constraint))""#, c.body))
        }
        lines.append(question("skor_akhir", "single", "", options([("ya", 1), ("tidak", 0)])))
        lines += [#"  </section>"#, "</template>"]
        return lines.joined(separator: "\n") + "\n"
    }()

    static let template: Template = {
        do { return try TemplateLoader(language: .en).load(Array(source.utf8), file: "tricky.xml").template } catch {
            fatalError("the tricky test template does not load:\n\(error)\n\(source)")
        }
    }()

    static func label(_ id: String, _ en: String) -> String {
        #"<label xml:lang="id">\#(id)</label><label xml:lang="en">\#(en)</label>"#
    }

    static func question(_ id: String, _ type: String, _ attributes: String, _ body: String) -> String {
        #"    <question id="\#(id)" type="\#(type)" \#(attributes)>\#(label("Pertanyaan \(id)", "Question \(id)"))\#(body)</question>"#
    }

    static func options(_ list: [(String, Int)]) -> String {
        list.map { #"<option value="\#($0.0)" score="\#($0.1)">\#(label($0.0, $0.0))</option>"# }.joined()
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
