import PKRICore

/// What the questionnaire shows besides a question: the live score, the
/// review table and the help.
extension AssessSession {
    func scoreLine() -> String {
        let l = language
        let result = Scorer(walk.template).score(walk.answers)
        return result.indices.map { s in
            let index = walk.template.index(s.id)
            let band = s.band.flatMap { id in index?.bands.first { $0.id == id } }?.label.text(l.rawValue)
            return "\(index?.label.text(l.rawValue) ?? s.id): "
                + (s.value.map { NumberText.display($0, l) } ?? l.pick("tidak dapat dinilai", "cannot be scored"))
                + (band.map { " — \($0)" } ?? "")
        }.joined(separator: "; ")
    }

    /// Every relevant question with its answer and score, and why a scored
    /// answer earns nothing (evidence missing or rejected, a zero option).
    func review() -> String {
        let l = language
        let result = Scorer(walk.template).score(walk.answers)
        var table = TextTable(header: ["#", "id", l.pick("jawaban", "answer"), l.pick("skor", "score"), ""],
                              rightAligned: [0, 3])
        let plain = QuestionView(walk: walk, language: l, style: Style(enabled: false), selfAnswers: [:])
        for (n, i) in walk.relevantIndices.enumerated() {
            let q = walk.template.questions[i]
            let a = walk.answer(for: q.id)
            let s = result.question(q.id)
            let score = (s?.scored ?? false) ? "\(NumberText.display(s?.earned ?? 0, l))/\(NumberText.display(s?.max ?? 0, l))" : ""
            let answer = a.map { $0.values.isEmpty ? "–" : plain.describe($0.values, q) } ?? "–"
            table.add(["\(n + 1)", q.id, Self.shortened(answer, to: 40), score, reason(q, s)])
        }
        return (table.render() + ["", scoreLine()]).joined(separator: "\n")
    }

    private func reason(_ q: Question, _ s: QuestionScore?) -> String {
        if q.required, !walk.hasValidAnswer(q) { return language.pick("wajib, belum", "required, open") }
        guard let s, s.scored, let shortfall = s.shortfall, shortfall != .unanswered, shortfall != .notRelevant else { return "" }
        return shortfall.explanation(language)
    }

    /// At most `limit` characters; a cut answer ends in "…" so it is not taken for the whole.
    static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    func help() -> String {
        language.pick("""
        Ketik jawaban: nilai atau nomor pilihan (beberapa dipisah koma untuk pilihan ganda), angka (koma desimal boleh,
        tanpa pemisah ribuan), tanggal TTTT-BB-HH, atau teks. Enter kosong mempertahankan jawaban atau melewati pertanyaan
        tidak wajib. Perintah (diawali ':'; teks yang harus diawali ':' ditulis '::') berlaku untuk pertanyaan di layar:
          :kembali  :ke ID|NOMOR  :lewati  :hapus  :tinjau  :skor
          :catatan TEKS  :bukti BERKAS|URL (boleh sebelum jawabannya)  :terima  :tolak (verifikator)
          :simpan (simpan dan keluar)  :kirim  :bantuan
        Nama bahasa Inggris juga berlaku (:back, :goto, :skip, :clear, :review, :score, :note, :evidence, :accept,
        :reject, :save, :submit, :help).
        """, """
        Type an answer: an option's value or number (several separated by commas for multiple choice), a number
        (decimal comma accepted, no thousands separator), a date YYYY-MM-DD, or text. An empty line keeps the answer or
        skips an optional question. Commands (start with ':'; text that must start with ':' is typed '::') act on the
        question on screen:
          :back  :goto ID|NUMBER  :skip  :clear  :review  :score
          :note TEXT  :evidence FILE|URL (also before its answer)  :accept  :reject (verifier)
          :save (save and quit)  :submit  :help
        """)
    }
}
