import Foundation
import PKRICore

/// The human view of `pkri sensitivity`.
struct SensitivityView {
    let template: Template
    let language: Language

    func lines(_ r: SensitivityReport) -> [String] {
        let l = language
        let index = template.index(r.index)
        let label = index?.label.text(l.rawValue) ?? r.index
        let o = r.options
        var out = [
            l.pick("Kepekaan peringkat terhadap bobot — \(label) (\(r.index)), templat \(r.template)@\(r.version)",
                   "Ranking sensitivity to the weights — \(label) (\(r.index)), template \(r.template)@\(r.version)"),
            "  " + l.pick("\(o.runs) putaran; tiap bobot bagian dikali faktor acak \(number(1 - o.spread, 2))–\(number(1 + o.spread, 2)) (benih \(o.seed)); \(r.subjects.count) subjek berperingkat.",
                          "\(o.runs) runs; each section weight times a random factor \(number(1 - o.spread, 2))–\(number(1 + o.spread, 2)) (seed \(o.seed)); \(r.subjects.count) ranked subjects."),
        ]
        if let median = r.tauMedian, let low = r.tauLow {
            out.append("  " + l.pick("Tau Kendall peringkat resmi vs tiap putaran: median \(number(median, 3)), persentil ke-5 \(number(low, 3)) (1 = urutan sama persis).",
                                     "Kendall's tau, published ranking vs each run: median \(number(median, 3)), 5th percentile \(number(low, 3)) (1 = exactly the same order)."))
        } else {
            out.append("  " + l.pick("Tau Kendall tidak terdefinisi: kurang dari dua subjek dengan nilai berbeda.",
                                     "Kendall's tau is undefined: fewer than two subjects with different values."))
        }
        let inTop = r.subjects.filter { $0.rank <= o.top }.count
        out.append("  " + l.pick("Top \(o.top): \(r.stableAwards.count) dari \(inTop) subjek tetap di dalam pada setiap putaran; \(r.unstableAwards.count) subjek keluar atau masuk pada sebagian putaran.",
                                 "Top \(o.top): \(r.stableAwards.count) of \(inTop) subjects stay in on every run; \(r.unstableAwards.count) subjects leave or enter on some runs."))
        if !r.unstableAwards.isEmpty {
            let named = r.unstableAwards.prefix(Self.named).map {
                "\($0.id) (\(l.pick("peringkat", "rank")) \($0.rank), \(percent(r.share($0.topRuns))) \(l.pick("di Top", "in the top")) \(o.top))"
            }
            let more = r.unstableAwards.count - named.count
            out.append("  " + l.pick("Tidak stabil: ", "Not stable: ") + named.joined(separator: ", ")
                       + (more > 0 ? l.pick(", dan \(more) lagi (lihat tabel)", ", and \(more) more (see the table)") : ""))
        }
        out.append("")
        let bands = index?.bands ?? []
        var table = TextTable(header: [l.pick("peringkat", "rank"), l.pick("subjek", "subject"), l.pick("nilai", "value"),
                                       l.pick("peringkat p5–p95", "rank p5–p95")]
                                  + bands.map { $0.label.text(l.rawValue) }
                                  + [l.pick("Top \(o.top)", "top \(o.top)"), l.pick("penghargaan stabil", "award stable")],
                              rightAligned: Set([0, 2, 3] + (0...bands.count).map { 4 + $0 }))
        for s in r.subjects {
            table.add(["\(s.rank)", s.id, NumberText.display(s.value, l), s.rankLow == s.rankHigh ? "\(s.rankLow)" : "\(s.rankLow)–\(s.rankHigh)"]
                      + s.bands.map { percent(r.share($0.runs)) }
                      + [percent(r.share(s.topRuns)), s.awardStable ? l.pick("ya", "yes") : l.pick("tidak", "no")])
        }
        out += table.render(indent: "  ")
        return out
    }

    func number(_ x: Double, _ places: Int) -> String {
        let text = String(format: "%.\(places)f", locale: Locale(identifier: "en_US_POSIX"), x)
        return language == .id ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// Unstable subjects named in the summary; the table has them all.
    static let named = 20

    /// A share as a percentage with at most one decimal.
    func percent(_ share: Decimal) -> String {
        NumberText.display(share * 100, language, places: 1) + language.pick(" %", "%")
    }
}
