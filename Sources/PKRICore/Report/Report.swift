import Foundation

/// A printable report: what it says, not how it looks. Built in the core
/// from results (``SubjectReport``, ``SummaryReport``) and drawn by the two
/// renderers (PKRIReportHTML, PKRIReportPDF), which share this model and
/// nothing else.
///
/// A report is a flat list of a handful of layout primitives: headings,
/// paragraphs, key–value facts, tables (which break across pages with their
/// header repeated), bar charts, trees, tile maps and page breaks.
public struct Report: Sendable, Equatable {
    public var language: Language
    public var title: String
    public var subtitle: String?
    /// Printed at the top of every page after the first.
    public var runningHeader: String
    /// Printed at the bottom of every page, beside the page number.
    public var footer: String
    public var blocks: [Block]

    public init(language: Language, title: String, subtitle: String? = nil, runningHeader: String,
                footer: String, blocks: [Block] = []) {
        self.language = language
        self.title = title
        self.subtitle = subtitle
        self.runningHeader = runningHeader
        self.footer = footer
        self.blocks = blocks
    }

    public enum Block: Sendable, Equatable {
        /// Level 1 (section) or 2 (sub-section).
        case heading(String, level: Int)
        case paragraph(String)
        /// Short label–value pairs, e.g. "Instansi: Pemerintah Kota Surabaya".
        case facts([Fact])
        case table(Table)
        case chart(BarChart)
        /// Nodes under their parents, with connecting lines (a lineage).
        case tree(Tree)
        /// Squares on a grid, some filled and marked (provinces reached).
        case tileMap(TileMap)
        /// A call-out: good (green), warning (amber) or plain.
        case callout(String, tone: Tone)
        case pageBreak
    }

    public enum Tone: String, Sendable, Equatable { case plain, good, warning }

    public struct Fact: Sendable, Equatable {
        public var label: String
        public var value: String
        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    /// A table. Renderers size its columns from what they hold (a column is
    /// never narrower than its longest word) and wrap text only where a
    /// line may break: at spaces, and in ids after `-` or `/`.
    public struct Table: Sendable, Equatable {
        public struct Column: Sendable, Equatable {
            public enum Alignment: String, Sendable, Equatable { case leading, trailing, center }
            public var title: String
            public var alignment: Alignment
            public init(_ title: String, _ alignment: Alignment = .leading) {
                self.title = title
                self.alignment = alignment
            }
        }

        /// A row of cells, one per column; or a group's head (a question
        /// above its assessors' rows) across all columns, which never ends
        /// a page.
        public enum Row: Sendable, Equatable, ExpressibleByArrayLiteral {
            case cells([String])
            case group(String)

            public init(arrayLiteral cells: String...) { self = .cells(cells) }
        }

        public var caption: String?
        public var columns: [Column]
        public var rows: [Row]

        public init(caption: String? = nil, columns: [Column], rows: [Row] = []) {
            self.caption = caption
            self.columns = columns
            self.rows = rows
        }

        /// The table without the columns that are empty in every row
        /// (evidence in a section where none was attached, say).
        public func droppingEmptyColumns() -> Table {
            let kept = columns.indices.filter { c in
                rows.contains { row in
                    if case .cells(let cells) = row { c < cells.count && !cells[c].isEmpty } else { false }
                }
            }
            guard kept.count < columns.count, !kept.isEmpty else { return self }
            return Table(caption: caption, columns: kept.map { columns[$0] }, rows: rows.map { row in
                guard case .cells(let cells) = row else { return row }
                return .cells(kept.map { $0 < cells.count ? cells[$0] : "" })
            })
        }
    }

    /// Grouped horizontal bars: one group per category, one bar per series,
    /// values from 0 to `maximum`.
    public struct BarChart: Sendable, Equatable {
        public struct Series: Sendable, Equatable {
            public var name: String
            /// One per category; nil draws no bar.
            public var values: [Double?]
            public init(_ name: String, _ values: [Double?]) {
                self.name = name
                self.values = values
            }
        }

        /// What the values are: a measure (a percentage, a mean) or a count
        /// of things, whose axis has whole numbers only.
        public enum Axis: Sendable, Equatable { case measure, count }

        public var title: String
        public var categories: [String]
        public var series: [Series]
        public var maximum: Double
        public var axis: Axis

        public init(title: String, categories: [String], series: [Series], maximum: Double, axis: Axis = .measure) {
            self.title = title
            self.categories = categories
            self.series = series
            self.maximum = maximum
            self.axis = axis
        }

        /// The values the axis is labelled with, from 0; the last is the
        /// end of the axis. A measure is cut in quarters of `maximum`
        /// (0, 25, 50, 75, 100); a count in whole steps of 1, 2 or 5 times
        /// a power of ten, at most five steps, ending at or above the
        /// largest count (0, 1, 2 for two subjects; 0, 2, 4, 6, 8 for
        /// seven).
        public var ticks: [Double] {
            let top = maximum > 0 ? maximum : 1
            guard axis == .count else { return (0...4).map { top * Double($0) / 4 } }
            let largest = max(1, top.rounded(.up))
            var magnitude = 1.0
            while true {
                for factor in [1.0, 2, 5] {
                    let step = factor * magnitude
                    let count = (largest / step).rounded(.up)
                    if count <= 5 { return (0...Int(count)).map { Double($0) * step } }
                }
                magnitude *= 10
            }
        }

        /// A value or tick as the tables write numbers: `84,62` in
        /// Indonesian, `84.62` in English, at most two decimals.
        public static func text(_ value: Double, _ language: Language) -> String {
            NumberText.display(Decimal(value), language, places: 2)
        }
    }
}
