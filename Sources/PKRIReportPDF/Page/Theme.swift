/// The look of a report: type sizes, colours and spacing in one place.
struct Theme {
    struct Palette {
        var text = Color(0x1F2933)
        var muted = Color(0x616E7C)
        var accent = Color(0x1F4E79)
        var rule = Color(0xC3CCD6)
        var tableHeader = Color(0xE3E9F0)
        var zebra = Color(0xF4F6F9)
        /// Behind a group's head row (a question above its assessors).
        var groupRow = Color(0xE9EEF4)
        var grid = Color(0xE1E6EC)
        /// Bar colours, one per series, reused in order.
        var series = [Color(0x1F4E79), Color(0xE07B39), Color(0x3A9D5D),
                      Color(0x8E5EA2), Color(0xC0392B), Color(0x7F8C8D)]
        /// Tiles of a tile map: a filled one (a province reached) in the
        /// accent colour with white text, the others pale; a frame in
        /// orange, away from both.
        var tile = (plain: Color(0xE6EAEF), plainText: Color(0x52606D), filled: Color(0x1F4E79),
                    filledText: Color(0xFFFFFF), frame: Color(0xE07B39))
        /// The lines joining a tree's nodes.
        var treeLine = Color(0x8A94A6)
        var callout = (plain: (fill: Color(0xF1F3F6), bar: Color(0x8A94A6)),
                       good: (fill: Color(0xE6F4EA), bar: Color(0x2E8B57)),
                       warning: (fill: Color(0xFFF3DC), bar: Color(0xD98E04)))
    }

    var palette = Palette()

    var title: TextStyle { TextStyle(size: 18, weight: .bold, color: palette.accent, leading: 2) }
    var subtitle: TextStyle { TextStyle(size: 12, color: palette.muted, leading: 2) }
    var heading1: TextStyle { TextStyle(size: 14.5, weight: .bold, color: palette.accent, leading: 2) }
    var heading2: TextStyle { TextStyle(size: 11.5, weight: .bold, color: palette.text, leading: 1.5) }
    var body: TextStyle { TextStyle(size: 10, color: palette.text, leading: 3) }
    var bodyBold: TextStyle { TextStyle(size: 10, weight: .bold, color: palette.text, leading: 3) }
    var caption: TextStyle { TextStyle(size: 9.5, weight: .bold, color: palette.text, leading: 1.5) }
    var cell: TextStyle { TextStyle(size: 8.5, color: palette.text, leading: 1) }
    var cellHeader: TextStyle { TextStyle(size: 8.5, weight: .bold, color: palette.text, leading: 1) }
    var cellGroup: TextStyle { TextStyle(size: 8.5, weight: .bold, color: palette.accent, leading: 1) }
    var emptyCell: TextStyle { TextStyle(size: 8.5, italic: true, color: palette.muted, leading: 1) }
    var small: TextStyle { TextStyle(size: 8, color: palette.muted) }
    var chartLabel: TextStyle { TextStyle(size: 8.5, color: palette.text, leading: 1) }
    var chartValue: TextStyle { TextStyle(size: 7.5, color: palette.text) }
    var treeTitle: TextStyle { TextStyle(size: 8.5, weight: .bold, color: palette.text, leading: 1) }
    var treeDetail: TextStyle { TextStyle(size: 8, color: palette.muted, leading: 1) }
    var tileLabel: TextStyle { TextStyle(size: 6.5, color: palette.tile.plainText) }
    var tileMark: TextStyle { TextStyle(size: 7, weight: .bold, color: palette.tile.plainText) }

    /// Vertical space around each kind of block; between two blocks the
    /// larger of the two applies, at the top of a page none.
    var space = (paragraph: 7.0, heading1: 20.0, heading2: 14.0, table: 12.0, chart: 14.0,
                 callout: 12.0, facts: 8.0, tree: 10.0, tileMap: 14.0)
    /// Space between a heading and what follows it.
    var headingGap = 6.0
}
