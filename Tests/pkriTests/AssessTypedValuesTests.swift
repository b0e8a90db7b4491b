import Foundation
import PKRICore
import Testing

/// What an assessor types is read as they would mean it: option values
/// in any case, numbers as their language writes them, and a word for
/// every command, even one that has nothing to do.
@Suite("pkri assess: typed values")
struct AssessTypedValuesTests {
    static let subject = "INOV-2019-0042"
    static let saved = "✓ saved"

    @Test func optionValuesInAnyCaseWhenUnambiguous() throws {
        let ws = try AssessWorkspace()
        let r = try ws.assess(subject: Self.subject, assessor: "a", [
            "BERJALAN", ":goto dokumen_perencanaan", "RPJMD", ":goto bentuk_pengembangan", "Perluasan_Wilayah, 3",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let t = AssessTranscript(r.stdout)
        #expect(t.turn("BERJALAN")?.reply.first == Self.saved)
        #expect(t.turn("RPJMD")?.reply.first == Self.saved, "\(t.turn("RPJMD")?.reply ?? [])")
        let s = try ws.submission(subject: Self.subject, assessor: "a")
        #expect(s?.answer("status")?.values == ["berjalan"])
        #expect(s?.answer("dokumen_perencanaan")?.values == ["rpjmd"])
        #expect(s?.answer("bentuk_pengembangan")?.values == ["perluasan_wilayah", "fitur_baru"])
    }

    /// An Indonesian assessor learns the Indonesian command names from
    /// `:bantuan`, the ones the prompts use (`:bukti`, `:kirim`).
    @Test func indonesianHelpNamesIndonesianCommands() throws {
        let ws = try AssessWorkspace()
        let r = try ws.assess(subject: Self.subject, assessor: "a", [":bantuan", ":nonsense"], lang: "id")
        let t = AssessTranscript(r.stdout)
        let help = (t.turn(":bantuan")?.reply ?? []).joined(separator: "\n")
        for name in [":kembali", ":ke ID|NOMOR", ":lewati", ":hapus", ":tinjau", ":catatan TEKS", ":bukti BERKAS|URL", ":kirim", ":simpan"] {
            #expect(help.contains(name), "\(name) missing from:\n\(help)")
        }
        #expect(t.turn(":nonsense")?.reply.first == "Perintah tidak dikenal ':nonsense'; ketik :bantuan.")
    }

    /// A mistyped question id at `:goto` is answered with the closest id.
    @Test func goToAMistypedQuestionSuggestsTheClosest() throws {
        let ws = try AssessWorkspace()
        let r = try ws.assess(subject: Self.subject, assessor: "a", ["berjalan", ":goto tahun_angaran"])
        let reply = AssessTranscript(r.stdout).turn(":goto tahun_angaran")?.reply.first
        #expect(reply == "No relevant question 'tahun_angaran'; did you mean tahun_anggaran?", "\(reply ?? "")")
    }

    /// Numbers are echoed as the assessor's language writes them.
    @Test func numbersAreEchoedInTheAssessorsLanguage() throws {
        let ws = try AssessWorkspace()
        let id = try ws.assess(subject: Self.subject, assessor: "a", ["berjalan", ":ke tahun_anggaran", "3,5", "13"], lang: "id")
        let t = AssessTranscript(id.stdout)
        #expect(t.turn("3,5")?.reply.first == "'3,5' bukan bilangan bulat — coba lagi", "\(t.turn("3,5")?.reply ?? [])")
        #expect(t.turn("13")?.reply.first == "13 lebih besar dari batas atas 12 — coba lagi")
        let en = try ws.assess(subject: Self.subject, assessor: "b", ["berjalan", ":goto tahun_anggaran", "3,5"])
        #expect(AssessTranscript(en.stdout).turn("3,5")?.reply.first == "'3.5' is not a whole number — try again")
    }

    /// `12.500` is twelve thousand five hundred to an Indonesian and twelve
    /// and a half to an English reader: never guessed, always explained.
    @Test func aThousandsSeparatorIsRefusedWithAHint() throws {
        let ws = try AssessWorkspace()
        let id = try ws.assess(subject: Self.subject, assessor: "a", [
            "berjalan", ":ke tahun_anggaran", "3", ":ke penerima_manfaat", "12.500", "1.234.567", "12500", ":ke nilai_anggaran", "1.250", "1250,5",
        ], lang: "id")
        let t = AssessTranscript(id.stdout)
        #expect(t.turn("12.500")?.reply.first
                    == "'12.500' memakai titik sebagai pemisah ribuan; tulis angka tanpa pemisah ribuan: 12500 (koma untuk desimal) — coba lagi",
                "\(t.turn("12.500")?.reply ?? [])")
        // Asked again (the screens are Indonesian: look for the id in the title).
        #expect(t.turn("12.500")?.reply.contains { $0.hasSuffix("(penerima_manfaat) *wajib") } == true, "\(t.turn("12.500")?.reply ?? [])")
        #expect(t.turn("1.234.567")?.reply.first?.hasPrefix("'1.234.567' memakai titik sebagai pemisah ribuan; tulis angka tanpa pemisah ribuan: 1234567") == true)
        #expect(t.turn("12500")?.reply.first == "✓ tersimpan")
        #expect(t.turn("1.250")?.reply.first?.hasPrefix("'1.250' memakai titik sebagai pemisah ribuan") == true)
        #expect(t.turn("1250,5")?.reply.first == "✓ tersimpan")
        let s = try ws.submission(subject: Self.subject, assessor: "a")
        #expect(s?.answer("penerima_manfaat")?.values == ["12500"])
        #expect(s?.answer("nilai_anggaran")?.values == ["1250.5"])

        let en = try ws.assess(subject: Self.subject, assessor: "b", ["berjalan", ":goto penerima_manfaat", "12,500", "12.5"])
        let e = AssessTranscript(en.stdout)
        #expect(e.turn("12,500")?.reply.first
                    == "'12,500' uses a comma as a thousands separator; write the number without one: 12500 (a point for decimals) — try again",
                "\(e.turn("12,500")?.reply ?? [])")
        #expect(e.turn("12.5")?.reply.first == "'12.5' is not a whole number — try again")
    }

    @Test func clearSaysWhatItDid() throws {
        let ws = try AssessWorkspace()
        let r = try ws.assess(subject: Self.subject, assessor: "a", ["berjalan", ":clear", ":back", ":clear", ":clear"])
        let t = AssessTranscript(r.stdout)
        #expect(t.turn(":clear", 0)?.reply.first == "This question has no answer to clear.", "\(t.turn(":clear", 0)?.reply ?? [])")
        #expect(t.turn(":clear", 1)?.reply.first == "✓ answer cleared")
        #expect(t.turn(":clear", 2)?.reply.first == "This question has no answer to clear.")
        #expect(try ws.submission(subject: Self.subject, assessor: "a")?.answer("status") == nil)
    }
}
