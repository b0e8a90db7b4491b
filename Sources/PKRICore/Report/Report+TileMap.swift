extension Report {
    /// Equal squares on a grid, each with a short label, some filled and
    /// some framed, with a written mark: the provinces an innovation
    /// reached (``ProvinceTiles`` gives their places). Colour is never the
    /// only sign: a tile that is filled or framed also carries its mark, and
    /// the legend says what each means.
    public struct TileMap: Sendable, Equatable {
        public struct Tile: Sendable, Equatable {
            /// What the tile stands for (a province code).
            public var id: String
            /// Written on the tile (`Jatim`).
            public var label: String
            /// Written under the label (`✓ 2`); empty for none.
            public var mark: String
            /// From 0, left to right and top to bottom.
            public var column: Int
            public var row: Int
            /// Drawn in the strong colour.
            public var filled: Bool
            /// Drawn with a thick frame.
            public var framed: Bool
            /// The tile in a sentence (`Jawa Timur (35): 2 replikasi`), for
            /// a tooltip or a screen reader.
            public var description: String

            public init(id: String, label: String, mark: String = "", column: Int, row: Int, filled: Bool = false,
                        framed: Bool = false, description: String) {
                self.id = id
                self.label = label
                self.mark = mark
                self.column = column
                self.row = row
                self.filled = filled
                self.framed = framed
                self.description = description
            }
        }

        /// One line of the legend: a sample tile and what it means.
        public struct Key: Sendable, Equatable {
            public var filled: Bool
            public var framed: Bool
            public var mark: String
            public var text: String

            public init(filled: Bool, framed: Bool, mark: String, text: String) {
                self.filled = filled
                self.framed = framed
                self.mark = mark
                self.text = text
            }
        }

        public var title: String
        public var columns: Int
        public var rows: Int
        public var tiles: [Tile]
        public var legend: [Key]

        public init(title: String, columns: Int, rows: Int, tiles: [Tile], legend: [Key] = []) {
            self.title = title
            self.columns = columns
            self.rows = rows
            self.tiles = tiles
            self.legend = legend
        }
    }
}
