import PKRICore

/// The words pkri adds to an exported form, in both of its languages: the
/// `pkri` group, evidence uploads, bounds and the provisional index values.
/// The template's own labels come from the template.
enum FormWords {
    static let pkriGroup = words("Identitas penilaian", "Assessment details")
    static let subject = words("Subjek (id inovasi atau instansi di registri)", "Subject (innovation or agency id in the registry)")
    static let subjectHint = words("Contoh: INOV-2019-0042", "For example: INOV-2019-0042")
    static let assessor = words("Penilai (nama atau kode)", "Assessor (name or code)")
    static let role = words("Peran penilai", "Assessor's role")
    static let roleSelf = words("Penilaian mandiri (instansi)", "Self-assessment (the agency)")
    static let roleVerifier = words("Verifikator independen", "Independent verifier")
    static let stage = words("Tahap penilaian (mis. desk atau interview)", "Assessment stage (e.g. desk or interview)")
    static let provisionalGroup = words("Nilai sementara", "Provisional scores")

    /// The label of `QUESTION__bukti`.
    static func evidence(_ question: String, required: Bool) -> LocalizedText {
        required
            ? words("Bukti untuk: \(question) — wajib: tanpa bukti, jawaban ini tidak mendapat poin",
                    "Evidence for: \(question) — required: without it, this answer earns no points")
            : words("Bukti untuk: \(question) (opsional)", "Evidence for: \(question) (optional)")
    }

    static let evidenceHint = words("Foto atau dokumen hasil pindai.", "A photo or a scanned document.")

    /// The message of a bound, when the template gives none.
    static func bounds(min: String?, max: String?) -> LocalizedText {
        switch (min, max) {
        case let (lo?, hi?): words("Nilai harus antara \(lo) dan \(hi).", "The value must be between \(lo) and \(hi).")
        case let (lo?, nil): words("Nilai paling kecil \(lo).", "The value must be at least \(lo).")
        case let (nil, hi?): words("Nilai paling besar \(hi).", "The value must be at most \(hi).")
        case (nil, nil): words("", "")
        }
    }

    static let constraintDefault = words("Jawaban tidak memenuhi batasan pertanyaan.", "The answer does not satisfy the question's constraint.")

    /// The label of an index's provisional value, shown beside it.
    static func provisional(_ index: LocalizedText, scale: String) -> LocalizedText {
        words("\(index.text("id")) — nilai sementara dari \(scale); pkri menghitung nilai resmi saat impor (kosong: belum dapat dinilai).",
              "\(index.text("en")) — provisional score out of \(scale); pkri computes the official score on import (empty: cannot be scored yet).")
    }

    static func words(_ id: String, _ en: String) -> LocalizedText {
        LocalizedText(["id": id, "en": en], defaultLanguage: "id")
    }
}
