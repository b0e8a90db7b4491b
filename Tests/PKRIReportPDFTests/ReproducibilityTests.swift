import Dispatch
import PKRICore
import PKRIReportPDF
import Synchronization
import Testing

struct ReproducibilityTests {
    let renderer = PDFRenderer(creationDate: Timestamp("2024-05-01T07:30:00Z")!)

    @Test func sameInputSameBytes() throws {
        let report = SampleReport.report()
        let first = try renderer.render(report)
        let second = try renderer.render(report)
        #expect(first.count > 10_000)
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        // Cairo 1.16 drops the "D:" prefix of a date given as metadata; 1.17.2 writes it.
        #expect(text.contains("/CreationDate (D:20240501073000Z)") || text.contains("/CreationDate (20240501073000Z)"),
                "the given date, not the clock")
        #expect(text.contains("/Title (Laporan Penilaian Inovasi Pelayanan Publik)"))
    }

    @Test func concurrentRendersMatchSequentialOnes() throws {
        let reports = [SampleReport.report(), SampleReport.report(language: .en), SampleReport.report(rows: 30)]
        let expected = try reports.map { try renderer.render($0) }
        let results = Results(count: 12)
        DispatchQueue.concurrentPerform(iterations: 12) { index in
            results.set(index, try? renderer.render(reports[index % reports.count]))
        }
        for index in 0..<12 {
            #expect(results[index] == expected[index % reports.count], "render \(index)")
        }
    }

    @Test func sourceDateEpoch() {
        #expect(PDFRenderer.sourceDateEpoch(["SOURCE_DATE_EPOCH": "1714548600"]) == Timestamp("2024-05-01T07:30:00Z"))
        #expect(PDFRenderer.sourceDateEpoch(["SOURCE_DATE_EPOCH": "soon"]) == nil)
        #expect(PDFRenderer.sourceDateEpoch([:]) == nil)
    }

    @Test func unwritablePathIsReported() {
        #expect(throws: PDFRenderError.self) {
            try renderer.render(SampleReport.report(rows: 1), to: "/nonexistent-dir/laporan.pdf")
        }
    }
}

/// Slots filled from concurrent iterations.
private final class Results: Sendable {
    private let slots: Mutex<[[UInt8]?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ value: [UInt8]?) { slots.withLock { $0[index] = value } }
    subscript(index: Int) -> [UInt8]? { slots.withLock { $0[index] } }
}
