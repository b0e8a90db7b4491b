import PKRICore
import Testing

/// The stored section sums read back as ratios.
@Suite struct SectionRatiosTests {
    @Test func readsEachSectionsRatio() throws {
        let r = try #require(IndexScore.sectionRatios("10/12 0/0 3.5/4 0.000001/0.000002 -1/4"))
        #expect(r.count == 5)
        #expect(r[0] == 10.0 / 12)
        #expect(r[1] == nil)
        #expect(r[2] == 0.875)
        #expect(r[3].map { abs($0 - 0.5) < 1e-15 } == true)
        #expect(r[4] == -0.25)
        #expect(IndexScore.sectionRatios("")?.isEmpty == true)
        // More digits than 64 bits hold.
        #expect(IndexScore.sectionRatios("12345678901234567890.5/12345678901234567890.5")?.first == 1)
    }

    @Test func refusesAnythingElse() {
        for bad in ["10", "10/", "/4", "1/2,3/4", "a/b", "1/2 ", "1/2  3/4"] {
            #expect(IndexScore.sectionRatios(bad) == nil, "\(bad)")
        }
    }
}
