@testable import PKRIReportPDF
import Testing

/// Pagination rules on slices of known height, on pages 100 points tall.
struct PaginatorTests {
    let paginator = Paginator(top: 0, bottom: 100)

    func slice(_ height: Double, keep: Bool = false, header: Slice.Header? = nil, space: Double = 0) -> FlowItem {
        .slice(Slice(height: height, spaceBefore: space, keepWithNext: keep, header: header) { _, _ in })
    }

    func tops(_ pages: [Page]) -> [[Double]] { pages.map { $0.placements.map(\.top) } }

    @Test func slicesFillPagesInOrder() {
        let pages = paginator.paginate([slice(40), slice(40), slice(40)])
        #expect(tops(pages) == [[0, 40], [0]])
    }

    @Test func headingMovesWithWhatFollows() {
        // A heading at 70 would fit, but its paragraph's first lines would not.
        let pages = paginator.paginate([slice(60), slice(10, keep: true), slice(20, keep: true), slice(20)])
        #expect(tops(pages) == [[0], [0, 10, 30]])
    }

    @Test func overlongChainStillFlows() {
        let items = [slice(30)] + Array(repeating: slice(30, keep: true), count: 5) + [slice(30)]
        let pages = paginator.paginate(items)
        #expect(pages.count == 3)
        #expect(pages[0].placements.count == 3)
    }

    @Test func continuedTableRepeatsItsHeader() {
        let header = Slice.Header(height: 10) { _, _ in }
        let rows = Array(repeating: slice(30, header: header), count: 5)
        let pages = paginator.paginate([slice(10, keep: true)] + rows)
        #expect(tops(pages) == [[0, 10, 40, 70], [0, 10, 40]])
    }

    @Test func spaceBeforeIsDroppedAtTheTopOfAPage() {
        let pages = paginator.paginate([slice(80), slice(20, space: 10), slice(20, space: 10)])
        #expect(tops(pages) == [[0], [0, 30]])
    }

    @Test func pageBreakOnAnEmptyPageAddsNoPage() {
        let pages = paginator.paginate([.pageBreak, slice(10), .pageBreak, .pageBreak, slice(10)])
        #expect(tops(pages) == [[0], [0]])
    }
}

extension PaginatorTests {
    @Test func overlongChainDoesNotStrandItsFirstSlice() {
        // Room for the 10-point head but not for the head and a group: the
        // 150-point chain starts on the next page.
        let items = [slice(85)] + [slice(10, keep: true)] + Array(repeating: slice(20, keep: true), count: 6) + [slice(20)]
        let pages = paginator.paginate(items)
        #expect(tops(pages)[0] == [0])
        #expect(tops(pages)[1].first == 0)
        #expect(pages.count == 3)
    }
}
