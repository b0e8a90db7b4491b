import PKRICore

/// How a question is shown at the prompt: where it stands, its label and
/// hint, the choices or the expected form, the current answer, and, for a
/// verifier starting from the self-assessment, the agency's own answer.
struct QuestionView {
    let walk: Walk
    let language: Language
    let style: Style
    let selfAnswers: [String: Answer]

    /// Width to wrap long text at (the terminal's); nil keeps lines whole.
    var columns: Int? = nil

    /// `text` indented by two spaces, wrapped at word boundaries to ``columns``.
    private func indented(_ text: String) -> [String] {
        guard let columns else { return ["  " + text] }
        return WordWrap.lines(text, width: max(20, columns - 3)).map { "  " + $0 }
    }

    func render() -> String {
        guard let q = walk.currentQuestion else { return "" }
        let l = language, lc = l.rawValue
        var out: [String] = []
        let progress = walk.progress
        let open = walk.openRequired.count
        let section = walk.template.section(of: q.id)
        out.append(style.dim("[\(section?.label.text(lc) ?? "")] " + l.pick("Pertanyaan", "Question")
            + " \(progress.number ?? 0) " + l.pick("dari", "of") + " \(progress.of)"
            + " · " + l.pick("wajib belum dijawab", "required still open") + ": \(open)"))
        var title = style.bold(q.label.text(lc)) + style.dim(" (\(q.id))")
        if q.required { title += style.yellow(l.pick(" *wajib", " *required")) }
        out.append(title)
        if let hint = q.hint { out += indented(hint.text(lc)).map(style.dim) }
        switch q.kind {
        case .single, .multiple:
            for (n, o) in q.options.enumerated() {
                out.append("  \(n + 1)) \(o.label.text(lc))" + style.dim("  [\(o.value)]"))
            }
            if q.kind == .multiple {
                out.append("  " + style.dim(l.pick("Boleh lebih dari satu: pisahkan dengan koma atau spasi (mis. 1,3).",
                                                   "Several allowed: separate with commas or spaces (e.g. 1,3).")))
            }
        case .integer, .decimal:
            var form = q.kind == .integer ? l.pick("bilangan bulat", "a whole number") : l.pick("angka (desimal dengan koma atau titik)", "a number (decimal point or comma)")
            if let min = q.min { form += ", min \(NumberText.display(min, l, places: 10))" }
            if let max = q.max { form += l.pick(", maks ", ", max ") + "\(NumberText.display(max, l, places: 10))" }
            out.append("  " + style.dim(l.pick("Isi: ", "Enter: ") + form))
        case .date:
            out.append("  " + style.dim(l.pick("Isi: tanggal TTTT-BB-HH (mis. 2025-06-30)", "Enter: a date YYYY-MM-DD (e.g. 2025-06-30)")))
        case .text:
            out.append("  " + style.dim(l.pick("Isi: teks bebas", "Enter: free text")))
        }
        if q.evidence != .none {
            let rule = q.evidence == .required ? l.pick("bukti wajib", "evidence required") : l.pick("bukti boleh", "evidence optional")
            out.append("  " + style.dim(rule + l.pick(" — lampirkan dengan :bukti BERKAS atau URL", " — attach with :evidence FILE or URL")))
        }
        if let a = walk.answer(for: q.id) {
            // Evidence and a note may come before the answer.
            if !a.values.isEmpty {
                out.append("  " + l.pick("Jawaban sekarang: ", "Current answer: ") + style.cyan(describe(a.values, q))
                           + style.dim(l.pick(" (Enter = tetap)", " (Enter keeps it)")))
            }
            for e in a.evidence {
                out.append("  " + l.pick("Bukti: ", "Evidence: ") + "\(e.href) [\(e.status.label(l))]"
                           + (e.sha256.map { style.dim(" sha256 \($0.prefix(12))…") } ?? ""))
            }
            if let note = a.note { out.append("  " + l.pick("Catatan: ", "Note: ") + note) }
        }
        if let mine = selfAnswers[q.id] {
            out.append("  " + style.dim(l.pick("Jawaban instansi (mandiri): ", "Agency's own answer: ")) + describe(mine.values, q))
        }
        return out.joined(separator: "\n")
    }

    func describe(_ values: [String], _ q: Question) -> String {
        values.map { v in q.option(v).map { "\($0.label.text(language.rawValue)) [\(v)]" } ?? v }
            .joined(separator: ", ")
    }
}
