/// How `aggregate` and `rank` group subjects.
public enum Grouping: String, Sendable, CaseIterable {
    case province, regency
    case agencyType = "agency-type"
    case kippYear = "kipp-year"
    case award, agency

    /// The group key for national bodies (no region) with a regional grouping.
    public static let national = "nasional"

    /// The group of a subject from its agency and, for an innovation, its KIPP year and award.
    public func key(agency: Agency?, kippYear: Int?, kippAward: String?) -> String {
        switch self {
        case .province:
            guard let code = agency?.region else { return Self.national }
            return Regions.region(code)?.province ?? code
        case .regency:
            // A provincial agency groups under its province code.
            return agency?.region ?? Self.national
        case .agencyType: return agency?.type.rawValue ?? "-"
        case .kippYear: return kippYear.map(String.init) ?? "-"
        case .award: return kippAward ?? "-"
        case .agency: return agency?.id ?? "-"
        }
    }

    /// A person's name for a group key.
    public func name(of key: String, agencies: [String: Agency], _ l: Language) -> String {
        switch self {
        case .province, .regency:
            if key == Self.national { return l.pick("Nasional (kementerian, lembaga, BUMN)", "National (ministries, agencies, state companies)") }
            return Regions.region(key)?.name ?? key
        case .agencyType: return key
        case .kippYear: return key == "-" ? l.pick("tanpa KIPP", "no KIPP") : "KIPP \(key)"
        case .award: return key == "-" ? l.pick("tanpa penghargaan", "no award") : key
        case .agency: return agencies[key]?.name ?? key
        }
    }
}
