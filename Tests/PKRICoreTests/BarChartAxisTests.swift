import PKRICore
import Testing

/// The value axis both renderers draw: quarters of a measure, whole numbers
/// of a count, and numbers written as the tables write them.
struct BarChartAxisTests {
    func chart(_ maximum: Double, _ axis: Report.BarChart.Axis) -> Report.BarChart {
        Report.BarChart(title: "", categories: [], series: [], maximum: maximum, axis: axis)
    }

    @Test func aMeasureIsCutInQuarters() {
        #expect(chart(100, .measure).ticks == [0, 25, 50, 75, 100])
    }

    static let counts: [(Double, [Double])] = [(1, [0, 1]), (2, [0, 1, 2]), (3, [0, 1, 2, 3]), (5, [0, 1, 2, 3, 4, 5]),
                                               (7, [0, 2, 4, 6, 8]), (12, [0, 5, 10, 15]), (38, [0, 10, 20, 30, 40]), (0, [0, 1])]

    @Test(arguments: counts)
    func aCountHasWholeTicks(_ maximum: Double, _ ticks: [Double]) {
        let axis = chart(maximum, .count).ticks
        #expect(axis == ticks)
        #expect(axis.allSatisfy { $0 == $0.rounded() })
        #expect(axis.last! >= maximum)
    }

    @Test func numbersAreWrittenAsInTables() {
        #expect(Report.BarChart.text(84.61538461538461, .id) == "84,62")
        #expect(Report.BarChart.text(84.61538461538461, .en) == "84.62")
        #expect(Report.BarChart.text(87.5, .id) == "87,5")
        #expect(Report.BarChart.text(100, .id) == "100")
    }

    @Test func emptyColumnsAreDropped() {
        let table = Report.Table(columns: [.init("A"), .init("B"), .init("C")],
                                 rows: [.group("q"), ["1", "", "x"], ["2", "", ""]])
        let dropped = table.droppingEmptyColumns()
        #expect(dropped.columns.map(\.title) == ["A", "C"])
        #expect(dropped.rows == [.group("q"), ["1", "x"], ["2", ""]])
    }
}

/// Text from data between Unicode isolates when it could reorder what
/// follows it.
struct BidiIsolationTests {
    @Test func plainTextIsLeftAlone() {
        #expect("Layanan Administrasi (LAMBAIK) – 2025".bidiIsolated == "Layanan Administrasi (LAMBAIK) – 2025")
    }

    @Test(arguments: ["Layanan \u{202E}Cepat", "\u{202B}x", "\u{200F}", "مدينة", "שלום", "a\u{2067}b"])
    func rightToLeftAndControlsAreIsolated(_ text: String) {
        let isolated = text.bidiIsolated
        #expect(isolated.unicodeScalars.first == "\u{2068}")
        #expect(isolated.unicodeScalars.last == "\u{2069}")
    }

    /// A PDI of the text's own would close the isolate early and let an
    /// override after it loose: the text's own isolate marks are dropped.
    @Test func aStrayIsolateEndCannotEscape() {
        let isolated = "a\u{2069}\u{202E}b\u{2066}".bidiIsolated
        #expect(Array(isolated.unicodeScalars) == ["\u{2068}", "a", "\u{202E}", "b", "\u{2069}"])
    }
}
