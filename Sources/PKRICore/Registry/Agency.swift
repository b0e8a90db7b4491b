/// A government body that owns innovations or is assessed itself
/// (`subject="agency"` templates).
public struct Agency: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case kementerian, lembaga, provinsi, kabupaten, kota, bumn, bumd
    }

    public var id: String
    public var name: String
    public var type: Kind
    /// Kemendagri code (`71` or `71.71`); nil for national bodies.
    public var region: String?
    /// Id of the agency this one belongs to.
    public var parent: String?
    /// Columns of the registry file beyond the known ones, kept as given.
    public var extra: [String: String]

    public init(id: String, name: String, type: Kind, region: String? = nil, parent: String? = nil,
                extra: [String: String] = [:]) {
        self.id = id
        self.name = name
        self.type = type
        self.region = region
        self.parent = parent
        self.extra = extra
    }
}
