/// How the report names states and statuses in the reader's language; the
/// ids (`verified`, `submitted`, `accepted`) stay in JSON and CSV.
extension SubjectResult.State {
    public func label(_ l: Language) -> String {
        switch self {
        case .notStarted: l.pick("belum dinilai", "not started")
        case .draft: l.pick("draf", "draft")
        case .selfOnly: l.pick("mandiri saja", "self only")
        case .verified: l.pick("terverifikasi", "verified")
        }
    }
}

extension Submission.Status {
    public func label(_ l: Language) -> String {
        switch self {
        case .draft: l.pick("draf", "draft")
        case .submitted: l.pick("diajukan", "submitted")
        }
    }
}

extension Submission.Role {
    public func label(_ l: Language) -> String {
        switch self {
        case .`self`: l.pick("mandiri", "self")
        case .verifier: l.pick("verifikator", "verifier")
        }
    }
}

extension Evidence.Status {
    public func label(_ l: Language) -> String {
        switch self {
        case .pending: l.pick("menunggu", "pending")
        case .accepted: l.pick("diterima", "accepted")
        case .rejected: l.pick("ditolak", "rejected")
        }
    }
}

extension Grouping {
    /// "menurut provinsi", "by province".
    public func label(_ l: Language) -> String {
        switch self {
        case .province: l.pick("provinsi", "province")
        case .regency: l.pick("kabupaten/kota", "regency/city")
        case .agencyType: l.pick("jenis instansi", "agency type")
        case .kippYear: l.pick("tahun KIPP", "KIPP year")
        case .award: l.pick("penghargaan", "award")
        case .agency: l.pick("instansi", "agency")
        }
    }
}
