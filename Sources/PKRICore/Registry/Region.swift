/// A province or kabupaten/kota of Indonesia with its Kemendagri code.
public struct Region: Codable, Hashable, Sendable {
    public enum Level: String, Codable, Sendable { case provinsi, kabupaten, kota }

    /// `71` (province) or `71.71` (kabupaten/kota).
    public var code: String
    public var name: String
    public var level: Level
    /// The province code of a kabupaten/kota.
    public var parent: String?

    public init(code: String, name: String, level: Level, parent: String?) {
        self.code = code
        self.name = name
        self.level = level
        self.parent = parent
    }

    /// The province this region is or belongs to.
    public var province: String { parent ?? code }
}
