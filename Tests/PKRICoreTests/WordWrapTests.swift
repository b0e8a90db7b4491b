import PKRICore
import Testing

@Suite struct WordWrapTests {
    @Test func breaksAtSpacesWithinTheWidth() {
        let lines = WordWrap.lines("Pilih kondisi pada saat penilaian, bukan saat menerima penghargaan KIPP.", width: 20)
        #expect(lines == ["Pilih kondisi pada", "saat penilaian,", "bukan saat menerima", "penghargaan KIPP."])
        #expect(lines.allSatisfy { $0.count <= 20 })
    }

    @Test func shortTextAndEmptyTextStayAsTheyAre() {
        #expect(WordWrap.lines("Ya", width: 20) == ["Ya"])
        #expect(WordWrap.lines("", width: 20) == [""])
    }

    @Test func aWordLongerThanALineIsCut() {
        #expect(WordWrap.lines("a https://jdih.example.go.id/perda-7-2021.pdf b", width: 16)
                == ["a", "https://jdih.exa", "mple.go.id/perda", "-7-2021.pdf b"])
    }
}
