/// Indonesia's 38 provinces as equal squares on a grid, laid out roughly as
/// the archipelago lies: Sumatra from Aceh down to Lampung in the west, Java
/// and Nusa Tenggara along the bottom, Kalimantan and Sulawesi in the
/// middle, Maluku and the six Papua provinces in the east. A tile map gives
/// every province the same room, so Jakarta or Yogyakarta shows as plainly
/// as Papua; the reports and the dashboard draw their province maps from
/// this one table.
///
/// ```swift
/// ProvinceTiles.tile("35")        // Jatim, column 8, row 4
/// ProvinceTiles.columns           // 16
/// ```
///
/// Codes are Kemendagri's (`Regions/regions.csv`); short names are the
/// ones Indonesian newspapers and government tables use.
///
/// ## Topics
/// - ``Tile``
public enum ProvinceTiles {
    /// One province's square.
    public struct Tile: Sendable, Hashable {
        /// Kemendagri province code (`35`).
        public let code: String
        /// The name written on the tile (`Jatim`).
        public let shortName: String
        /// From 0, west to east.
        public let column: Int
        /// From 0, north to south.
        public let row: Int
    }

    /// The grid's size.
    public static let columns = 16, rows = 6

    /// Every province, in code order.
    public static let all: [Tile] = [
        // Sumatra and its islands
        .init(code: "11", shortName: "Aceh", column: 0, row: 0),
        .init(code: "12", shortName: "Sumut", column: 1, row: 1),
        .init(code: "13", shortName: "Sumbar", column: 1, row: 2),
        .init(code: "14", shortName: "Riau", column: 2, row: 1),
        .init(code: "15", shortName: "Jambi", column: 2, row: 2),
        .init(code: "16", shortName: "Sumsel", column: 3, row: 3),
        .init(code: "17", shortName: "Bengkulu", column: 2, row: 3),
        .init(code: "18", shortName: "Lampung", column: 3, row: 4),
        .init(code: "19", shortName: "Babel", column: 4, row: 3),
        .init(code: "21", shortName: "Kepri", column: 3, row: 1),
        // Java
        .init(code: "31", shortName: "DKI", column: 5, row: 4),
        .init(code: "32", shortName: "Jabar", column: 6, row: 4),
        .init(code: "33", shortName: "Jateng", column: 7, row: 4),
        .init(code: "34", shortName: "DIY", column: 7, row: 5),
        .init(code: "35", shortName: "Jatim", column: 8, row: 4),
        .init(code: "36", shortName: "Banten", column: 4, row: 4),
        // Bali and Nusa Tenggara
        .init(code: "51", shortName: "Bali", column: 9, row: 4),
        .init(code: "52", shortName: "NTB", column: 10, row: 4),
        .init(code: "53", shortName: "NTT", column: 11, row: 4),
        // Kalimantan
        .init(code: "61", shortName: "Kalbar", column: 7, row: 1),
        .init(code: "62", shortName: "Kalteng", column: 7, row: 2),
        .init(code: "63", shortName: "Kalsel", column: 8, row: 2),
        .init(code: "64", shortName: "Kaltim", column: 8, row: 1),
        .init(code: "65", shortName: "Kaltara", column: 8, row: 0),
        // Sulawesi
        .init(code: "71", shortName: "Sulut", column: 11, row: 1),
        .init(code: "72", shortName: "Sulteng", column: 10, row: 2),
        .init(code: "73", shortName: "Sulsel", column: 9, row: 3),
        .init(code: "74", shortName: "Sultra", column: 10, row: 3),
        .init(code: "75", shortName: "Gorontalo", column: 10, row: 1),
        .init(code: "76", shortName: "Sulbar", column: 9, row: 2),
        // Maluku
        .init(code: "81", shortName: "Maluku", column: 12, row: 2),
        .init(code: "82", shortName: "Malut", column: 12, row: 1),
        // Papua
        .init(code: "91", shortName: "Papua", column: 15, row: 1),
        .init(code: "92", shortName: "Pabar", column: 14, row: 1),
        .init(code: "93", shortName: "Papsel", column: 15, row: 3),
        .init(code: "94", shortName: "Papteng", column: 14, row: 2),
        .init(code: "95", shortName: "Papeg", column: 15, row: 2),
        .init(code: "96", shortName: "PBD", column: 13, row: 1),
    ]

    private static let byCode = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    /// The tile of province `code`; nil for any other code.
    public static func tile(_ code: String) -> Tile? { byCode[code] }
}
