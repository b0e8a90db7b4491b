/// A public-service innovation: a KIPP winner or a replication of one.
public struct Innovation: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    /// Id of the agency that runs it.
    public var agency: String
    public var kippYear: Int?
    /// Such as `Top 99` or `Top 45`.
    public var kippAward: String?
    /// Id of the innovation this one replicates.
    public var replicates: String?
    public var status: String?
    public var extra: [String: String]

    public init(id: String, name: String, agency: String, kippYear: Int? = nil, kippAward: String? = nil,
                replicates: String? = nil, status: String? = nil, extra: [String: String] = [:]) {
        self.id = id
        self.name = name
        self.agency = agency
        self.kippYear = kippYear
        self.kippAward = kippAward
        self.replicates = replicates
        self.status = status
        self.extra = extra
    }
}
