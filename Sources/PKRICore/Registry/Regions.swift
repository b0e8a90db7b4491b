/// Indonesia's 38 provinces and 514 kabupaten/kota, built in (from
/// `Regions/regions.csv`, MIT, see `Regions/README.md` for source and
/// licence).
public enum Regions {
    /// Every region by code.
    public static let all: [String: Region] = {
        var out: [String: Region] = [:]
        let text = String(decoding: PackageResources.regions_csv, as: UTF8.self)
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            // No name contains a comma (see README), so a plain split is exact.
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 4, let level = Region.Level(rawValue: f[2]) else { continue }
            out[f[0]] = Region(code: f[0], name: f[1], level: level, parent: f[3].isEmpty ? nil : f[3])
        }
        return out
    }()

    public static func region(_ code: String) -> Region? { all[code] }

    public static var provinces: [Region] { all.values.filter { $0.level == .provinsi }.sorted { $0.code < $1.code } }
}
