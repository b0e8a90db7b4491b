import PKRICore
import Testing

/// Report file names: the id itself when a file name can hold it as it is,
/// else a slug and a hash of the exact id, so no two ids share a name.
struct ReportFileNameTests {
    @Test(arguments: ["INOV-2019-0042", "pemkab-banyuwangi", "COL_1", "a"])
    func plainIdsAreTheirOwnName(_ id: String) {
        #expect(ReportFileName.for(id) == id)
    }

    @Test func idsThatOnlyDifferInPunctuationGetDistinctNames() {
        let ids = ["COL.1", "COL_1", "COL/1", "COL 1", "COL\\1", "COL:1", "COL*1", "COL\u{202E}1", "COL~1"]
        let names = ids.map(ReportFileName.for)
        #expect(Set(names).count == ids.count, "\(names)")
        #expect(ReportFileName.for("COL.1") == "COL_1~5d6a68086f")
        #expect(ReportFileName.for("COL/1") == "COL_1~d8958a8920")
        for name in names {
            #expect(name.unicodeScalars.allSatisfy { $0.isASCII && !"/\\:*?\"<>|. ".unicodeScalars.contains($0) }, "\(name)")
        }
    }

    /// Canonically equal ids (é as one character, or e and a combining
    /// accent) are different ids: different files.
    @Test func canonicallyEqualIdsAreStillTwo() {
        #expect(ReportFileName.for("Caf\u{E9}") != ReportFileName.for("Cafe\u{301}"))
    }

    @Test func hiddenOptionLikeEmptyAndLongIds() {
        #expect(ReportFileName.for(".hidden").hasPrefix("_hidden~"))
        #expect(ReportFileName.for("..").hasPrefix("__~"))
        #expect(ReportFileName.for("-rf").hasPrefix("_rf~"))
        #expect(ReportFileName.for("").hasPrefix("~"))
        let long = String(repeating: "A", count: 300)
        let name = ReportFileName.for(long)
        #expect(name.utf8.count <= 111)
        #expect(name != ReportFileName.for(long + "B"))
    }
}
