/// A printable report: what it says, not how it looks. Built in the core
/// from results (``SubjectReport``, ``SummaryReport``) and drawn by the two
/// renderers (PKRIReportHTML, PKRIReportPDF), which share this model and
/// nothing else.
///
/// A report is a flat list of a handful of layout primitives: headings,
/// paragraphs, key–value facts, tables (which break across pages with their
/// header repeated), bar charts and page breaks.
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

    public struct Table: Sendable, Equatable {
        public struct Column: Sendable, Equatable {
            public enum Alignment: String, Sendable, Equatable { case leading, trailing, center }
            public var title: String
            public var alignment: Alignment
            /// Relative width; the renderer shares the page width by these.
            public var width: Double
            public init(_ title: String, _ alignment: Alignment = .leading, width: Double = 1) {
                self.title = title
                self.alignment = alignment
                self.width = width
            }
        }

        public var caption: String?
        public var columns: [Column]
        public var rows: [[String]]

        public init(caption: String? = nil, columns: [Column], rows: [[String]] = []) {
            self.caption = caption
            self.columns = columns
            self.rows = rows
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

        public var title: String
        public var categories: [String]
        public var series: [Series]
        public var maximum: Double

        public init(title: String, categories: [String], series: [Series], maximum: Double) {
            self.title = title
            self.categories = categories
            self.series = series
            self.maximum = maximum
        }
    }
}
