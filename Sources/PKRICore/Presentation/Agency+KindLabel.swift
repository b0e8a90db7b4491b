extension Agency.Kind {
    /// The type as a person reads it: `kabupaten`, `regency`.
    public func label(_ l: Language) -> String {
        switch self {
        case .kementerian: l.pick("kementerian", "ministry")
        case .lembaga: l.pick("lembaga", "national agency")
        case .provinsi: l.pick("provinsi", "province")
        case .kabupaten: l.pick("kabupaten", "regency")
        case .kota: l.pick("kota", "city")
        case .bumn: l.pick("BUMN", "state-owned enterprise")
        case .bumd: l.pick("BUMD", "regional enterprise")
        }
    }
}
