import PKRICore

/// A tile map: its title, the grid of squares — pale, or filled in the
/// accent colour with white text, framed in orange where asked — each with
/// its label and its mark written in it, then the legend. Kept whole on one
/// page. A label too wide for its square is set smaller until it fits.
struct TileMapBlock: FlowBlock {
    var map: Report.TileMap

    static let gap = 2.0, frame = 1.8, legendSwatch = 11.0

    func flow(in context: LayoutContext) -> [FlowItem] {
        let theme = context.theme, typesetter = context.typesetter, width = context.width
        let columns = max(map.columns, 1), rows = max(map.rows, 1)
        let side = (width - TileMapBlock.gap * Double(columns - 1)) / Double(columns)
        let gridHeight = Double(rows) * side + Double(rows - 1) * TileMapBlock.gap
        let title = typesetter.layout(map.title, theme.caption, width: width)
        let tiles = map.tiles.map { TileDrawing($0, side: side, context: context) }
        let legend = Legend(map.legend, width: width, context: context)
        let titleGap = 6.0, legendGap = 8.0
        let gridTop = title.height + titleGap, legendTop = gridTop + gridHeight + legendGap
        let slice = Slice(height: legendTop + legend.height, spaceBefore: theme.space.tileMap,
                          spaceAfter: theme.space.tileMap) { canvas, origin in
            title.draw(on: canvas, at: origin)
            for tile in tiles {
                tile.draw(on: canvas, at: Point(x: origin.x + Double(tile.tile.column) * (side + TileMapBlock.gap),
                                                y: origin.y + gridTop + Double(tile.tile.row) * (side + TileMapBlock.gap)))
            }
            legend.draw(on: canvas, at: Point(x: origin.x, y: origin.y + legendTop))
        }
        return [.slice(slice)]
    }

    /// A square with its label and mark centred in it.
    struct TileDrawing {
        let tile: Report.TileMap.Tile
        let side: Double
        private let label: TextLayout
        private let mark: TextLayout?
        private let fill: Color
        private let frame: Color?

        init(_ tile: Report.TileMap.Tile, side: Double, context: LayoutContext) {
            let theme = context.theme, palette = theme.palette.tile
            self.tile = tile
            self.side = side
            let text = tile.filled ? palette.filledText : palette.plainText
            let room = side - 2 * (tile.framed ? TileMapBlock.frame + 0.5 : 1)
            label = TileDrawing.fitted(tile.label, style: theme.tileLabel, color: text, room: room, side: side, context: context)
            mark = tile.mark.isEmpty ? nil
                : TileDrawing.fitted(tile.mark, style: theme.tileMark, color: text, room: room, side: side, context: context)
            fill = tile.filled ? palette.filled : palette.plain
            frame = tile.framed ? palette.frame : nil
        }

        func draw(on canvas: Canvas, at origin: Point) {
            let square = Rect(x: origin.x, y: origin.y, width: side, height: side)
            canvas.fill(square, fill)
            if let frame { canvas.stroke(square, width: TileMapBlock.frame, frame) }
            let textHeight = label.height + (mark.map { $0.height + 1 } ?? 0)
            let top = origin.y + (side - textHeight) / 2
            label.draw(on: canvas, at: Point(x: origin.x, y: top))
            mark?.draw(on: canvas, at: Point(x: origin.x, y: top + label.height + 1))
        }

        /// `text` centred across a square `side` points wide, in `style` or
        /// smaller so that it fits in `room` points.
        static func fitted(_ text: String, style: TextStyle, color: Color, room: Double, side: Double,
                           context: LayoutContext) -> TextLayout {
            var style = style
            style.color = color
            let natural = context.typesetter.extent(text, style).natural
            if natural > room {
                style.size = (style.size * room / natural * 10).rounded(.down) / 10
            }
            return context.typesetter.layout(text, style, width: side, alignment: .center)
        }
    }

    /// Each key: a small square drawn as the tiles are, its mark, and what
    /// it means; keys in rows that wrap at the content width.
    struct Legend {
        let height: Double
        private let entries: [(swatch: Report.TileMap.Key, text: TextLayout, x: Double, y: Double)]
        private let theme: Theme

        init(_ keys: [Report.TileMap.Key], width: Double, context: LayoutContext) {
            theme = context.theme
            let swatchGap = 4.0, entryGap = 16.0, rowGap = 4.0, swatch = TileMapBlock.legendSwatch
            var x = 0.0, y = 0.0, rowHeight = 0.0
            var entries: [(Report.TileMap.Key, TextLayout, Double, Double)] = []
            for key in keys {
                let words = key.mark.isEmpty ? key.text : "\(key.mark)  \(key.text)"
                let text = context.typesetter.layout(words, context.theme.chartLabel, width: width - swatch - swatchGap)
                let entryWidth = swatch + swatchGap + text.naturalWidth
                if x > 0, x + entryWidth > width {
                    x = 0
                    y += rowHeight + rowGap
                    rowHeight = 0
                }
                entries.append((key, text, x, y))
                x += entryWidth + entryGap
                rowHeight = max(rowHeight, max(text.height, swatch))
            }
            self.entries = entries
            height = keys.isEmpty ? 0 : y + rowHeight
        }

        func draw(on canvas: Canvas, at origin: Point) {
            let swatch = TileMapBlock.legendSwatch, palette = theme.palette.tile
            for entry in entries {
                let square = Rect(x: origin.x + entry.x, y: origin.y + entry.y, width: swatch, height: swatch)
                canvas.fill(square, entry.swatch.filled ? palette.filled : palette.plain)
                if entry.swatch.framed { canvas.stroke(square, width: TileMapBlock.frame, palette.frame) }
                let textTop = origin.y + entry.y + (swatch - (entry.text.lines.first?.height ?? swatch)) / 2
                entry.text.draw(on: canvas, at: Point(x: square.maxX + 4, y: textTop))
            }
        }
    }
}
