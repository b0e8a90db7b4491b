import Foundation
import PKRICore

/// The human view of `pkri agreement`: alpha in words a ministry can act
/// on, the questions read differently, and the over-claiming by group.
struct AgreementView {
    let template: Template
    let language: Language

    func lines(_ report: [IndexAgreement]) -> [String] {
        report.enumerated().flatMap { i, r in (i > 0 ? [""] : []) + lines(r) }
    }

    func lines(_ r: IndexAgreement) -> [String] {
        let l = language
        let label = template.index(r.index)?.label.text(l.rawValue) ?? r.index
        var out = [l.pick("Kesepakatan verifikator — \(label) (\(r.index)), templat \(r.template)@\(r.version)",
                          "Verifier agreement — \(label) (\(r.index)), template \(r.template)@\(r.version)")]
        let counts = l.pick("\(r.alpha.units) subjek, \(r.alpha.values) nilai berpasangan",
                            "\(r.alpha.units) subjects, \(r.alpha.values) pairable values")
        if let alpha = r.alpha.alpha {
            let ci = r.interval.map { l.pick(" (selang 95 %: \(number($0.lowerBound)) s.d. \(number($0.upperBound)))",
                                             " (95% interval: \(number($0.lowerBound)) to \(number($0.upperBound)))") } ?? ""
            out.append("  " + l.pick("Alpha Krippendorff (interval): ", "Krippendorff's alpha (interval): ") + number(alpha) + ci + " · " + counts)
            out.append("  " + (r.alpha.units < Self.fewSubjects ? fewSubjects(r.alpha.units) : reading(alpha)))
        } else {
            out.append("  " + l.pick("Alpha Krippendorff (interval): tidak terdefinisi — ", "Krippendorff's alpha (interval): undefined — ")
                       + reason(r.alpha.undefined) + " · " + counts)
        }
        out.append("")
        out.append("  " + l.pick("Pertanyaan, dari kesepakatan terendah (yang dibaca berbeda oleh penilai lebih dulu):",
                                 "Questions, lowest agreement first (those assessors read differently):"))
        var questions = TextTable(header: [l.pick("pertanyaan", "question"), l.pick("metrik", "metric"), "alpha",
                                           l.pick("subjek", "subjects"), l.pick("nilai", "values"), l.pick("keterangan", "note")],
                                  rightAligned: [2, 3, 4])
        for q in r.questions {
            var note = ""
            if q.estimate.alpha == nil { note = l.pick("tidak terdefinisi: ", "undefined: ") + reason(q.estimate.undefined) }
            else if let n = q.options { note = l.pick("rata-rata \(n) opsi", "mean of \(n) options") }
            questions.add([q.id, q.metric.rawValue, q.estimate.alpha.map(number) ?? "–", "\(q.estimate.units)",
                           "\(q.estimate.values)", note])
        }
        out += r.questions.isEmpty ? ["    " + l.pick("(tidak ada pertanyaan bermetrik)", "(no question with a metric)")]
                                   : questions.render(indent: "    ")
        for g in GapGroup.Grouping.allCases {
            out.append("")
            out.append("  " + (g == .agencyType
                ? l.pick("Selisih nilai akhir − klaim, per jenis instansi (negatif: instansi mengklaim lebih tinggi):",
                         "Gap final − claimed, per agency type (negative: the agency claimed more):")
                : l.pick("Selisih nilai akhir − klaim, per provinsi:", "Gap final − claimed, per province:")))
            let rows = r.gap[g] ?? []
            guard !rows.isEmpty else {
                out.append("    " + l.pick("(belum ada subjek terverifikasi dengan klaim)", "(no verified subject with a claim yet)"))
                continue
            }
            let named = g == .province
            var table = TextTable(header: [l.pick("kelompok", "group")] + (named ? [l.pick("nama", "name")] : [])
                                      + [l.pick("jumlah", "count"), l.pick("rata-rata", "mean"), "median"],
                                  rightAligned: named ? [2, 3, 4] : [1, 2, 3])
            for row in rows {
                table.add([row.group] + (named ? [g.grouping.name(of: row.group, agencies: [:], l)] : [])
                          + ["\(row.count)", NumberText.display(row.mean, l), NumberText.display(row.median, l)])
            }
            out += table.render(indent: "    ")
        }
        return out
    }

    /// Three decimals, the reader's decimal mark.
    func number(_ x: Double) -> String {
        let text = String(format: "%.3f", locale: Locale(identifier: "en_US_POSIX"), x)
        return language == .id ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    func reason(_ undefined: KrippendorffAlpha.Undefined?) -> String {
        switch undefined {
        case .fewerThanTwoValues?:
            return language.pick("kurang dari dua nilai berpasangan (perlu subjek dengan ≥ 2 verifikator)",
                                 "fewer than two pairable values (needs subjects with ≥ 2 verifiers)")
        case .noVariation?:
            return language.pick("semua nilai sama, tidak ada variasi", "every value is the same, no variation")
        case nil: return ""
        }
    }

    /// Below this many pairable subjects, alpha and its interval say too
    /// little to act on, whatever their value.
    static let fewSubjects = 10

    func fewSubjects(_ n: Int) -> String {
        language.pick("Artinya: baru \(n) subjek dengan ≥ 2 verifikator — terlalu sedikit untuk menyimpulkan apa pun; tugaskan verifikator kedua pada lebih banyak subjek.",
                      "Meaning: only \(n) subjects with ≥ 2 verifiers — too few to conclude anything; assign a second verifier to more subjects.")
    }

    /// Krippendorff's own thresholds, in words.
    func reading(_ alpha: Double) -> String {
        let l = language
        if alpha >= 0.8 {
            return l.pick("Artinya: verifikator cukup sepakat; nilai indeks ini dapat dipakai untuk menyimpulkan (≥ 0,800).",
                          "Meaning: the verifiers agree well enough to draw conclusions from this index (≥ 0.800).")
        }
        if alpha >= 0.667 {
            return l.pick("Artinya: kesepakatan sedang; pakai untuk kesimpulan sementara saja (0,667–0,800) dan tinjau pertanyaan teratas di bawah.",
                          "Meaning: moderate agreement; good for tentative conclusions only (0.667–0.800); review the top questions below.")
        }
        return l.pick("Artinya: verifikator belum sepakat (< 0,667); peringkat dan penghargaan dari indeks ini belum dapat dipertanggungjawabkan — perjelas pedoman pertanyaan teratas di bawah.",
                      "Meaning: the verifiers do not agree (< 0.667); rankings and awards from this index cannot yet be defended — clarify the guidance of the top questions below.")
    }
}
