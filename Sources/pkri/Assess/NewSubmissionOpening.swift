import PKRICore

/// What `pkri assess` says when it starts a new submission: for whom, from
/// which self-assessment (or that there is none), and which submissions of
/// the subject already exist, so that a mistyped `--assessor` is noticed
/// before anything is stored.
struct NewSubmissionOpening {
    let submission: Submission
    /// Where the answers come from.
    enum Start { case empty, noSelfAssessment, selfAssessment(Submission) }

    let start: Start
    /// The subject's stored submissions with the same template version.
    let others: [Submission]

    /// At most this many other submissions are named.
    static let named = 5

    func lines(_ l: Language) -> [String] {
        let s = submission
        let who = [s.role.label(l)] + (s.stage.map { [$0] } ?? [])
        var out = [l.pick(
            "Memulai pengajuan baru untuk \(s.subject) oleh penilai \(s.assessor) (\(who.joined(separator: ", "))) dengan \(s.template)@\(s.templateVersion).",
            "Starting a new submission for \(s.subject) by assessor \(s.assessor) (\(who.joined(separator: ", "))) with \(s.template)@\(s.templateVersion).")]
        switch start {
        case .empty:
            break
        case .noSelfAssessment:
            out.append(l.pick(
                "Belum ada penilaian mandiri \(s.subject) dengan \(s.template)@\(s.templateVersion) untuk dijadikan awal; kuesioner dimulai kosong.",
                "There is no self-assessment of \(s.subject) with \(s.template)@\(s.templateVersion) to start from; the questionnaire starts empty."))
        case .selfAssessment(let own):
            out.append(own.status == .submitted
                ? l.pick("Diisi dari penilaian mandiri \(own.id) oleh \(own.assessor), diajukan \(own.updated).",
                         "Prefilled from self-assessment \(own.id) by \(own.assessor), submitted \(own.updated).")
                : l.pick("Diisi dari penilaian mandiri \(own.id) oleh \(own.assessor), masih draf dan belum diajukan.",
                         "Prefilled from self-assessment \(own.id) by \(own.assessor), a draft not yet submitted."))
        }
        if !others.isEmpty {
            var named = others.prefix(Self.named).map { o in
                "\(o.assessor) (" + ([o.role.label(l)] + (o.stage.map { [$0] } ?? []) + [o.status.label(l)]).joined(separator: ", ") + ")"
            }
            if others.count > Self.named { named.append(l.pick("dan \(others.count - Self.named) lagi", "and \(others.count - Self.named) more")) }
            out.append(l.pick("Pengajuan lain untuk \(s.subject): ", "Other submissions for \(s.subject): ") + named.joined(separator: ", ") + ".")
            out.append(l.pick(
                "Belum ada yang disimpan sampai jawaban pertama; untuk melanjutkan pengajuan lain, keluar (Ctrl-D) lalu beri --assessor-nya.",
                "Nothing is stored until the first answer; to continue another one, leave (Ctrl-D) and give its --assessor."))
        }
        return out
    }
}
