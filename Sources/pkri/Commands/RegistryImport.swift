import ArgumentParser
import PKRICore
import PKRIStore

struct RegistryImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: helpText("Mengimpor daftar instansi dan inovasi (CSV) ke workspace.", "Imports lists of agencies and innovations (CSV) into the workspace."),
        discussion: helpText("""
        Jenis berkas dikenali dari judul kolomnya:
          instansi: id,name,type,region,parent
          inovasi:  id,name,agency,kipp_year,kipp_award,replicates,status
        type: kementerian, lembaga, provinsi, kabupaten, kota, bumn atau bumd. region: kode Kemendagri \
        (35 atau 35.78), kosong untuk instansi pusat. parent, replicates: id instansi/inovasi lain, boleh kosong.
        Urutan kolom bebas; kolom lain disimpan apa adanya. UTF-8 dengan atau tanpa BOM, CRLF atau LF, \
        pemisah koma atau titik koma (seperti Excel berbahasa Indonesia).
        Berkas instansi diimpor lebih dulu, jadi inovasi boleh menyebut instansi dari impor yang sama. \
        Tiap berkas satu transaksi: bila satu baris salah, tidak ada yang disimpan dari berkas itu, dan \
        setiap kesalahan ditunjukkan dengan baris dan kolomnya. Impor ulang tidak mengubah apa pun; baris \
        yang berubah diperbarui dan id-nya disebutkan.
        Status keluar 0 bila semua berkas diterima, 1 bila ada yang ditolak.

        Contoh:
          pkri registry import samples/registry/*.csv
        """, """
        The kind of file is recognised from its column headings:
          agencies:    id,name,type,region,parent
          innovations: id,name,agency,kipp_year,kipp_award,replicates,status
        type: kementerian, lembaga, provinsi, kabupaten, kota, bumn or bumd. region: a Kemendagri code \
        (35 or 35.78), empty for a central-government agency. parent, replicates: the id of another agency/innovation, may be empty.
        Columns in any order; other columns are stored as they are. UTF-8 with or without a BOM, CRLF or LF, \
        comma or semicolon delimiters (as Indonesian-language Excel writes them).
        Agency files are imported first, so innovations may name agencies from the same import. \
        Each file is one transaction: when one row is wrong, nothing from that file is stored, and \
        every error is shown with its row and column. Importing again changes nothing; rows \
        that changed are updated and their ids named.
        Exit status 0 when every file is accepted, 1 when any is rejected.

        Example:
          pkri registry import samples/registry/*.csv
        """)
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: .text("Berkas CSV instansi atau inovasi.", "CSV files of agencies or innovations."))
    var files: [String]

    func run() throws {
        let ws = try workspace.open(writing: true)
        let l = workspace.lang
        var rejected = false
        for (file, result) in ws.importRegistry(contentsOf: files, language: l) {
            switch result {
            case .success(let summary):
                Terminal.report(summary.warnings)
                Terminal.out(Self.describe(summary, l))
            case .failure(let error):
                _ = workspace.fail(error)
                Terminal.err("\(file): " + l.pick("ditolak; tidak ada yang disimpan dari berkas ini",
                                                  "rejected; nothing from this file was stored"))
                rejected = true
            }
        }
        if rejected { throw ExitCode(1) }
    }

    /// `agencies.csv (agencies): 2 new, 1 updated (pln), 19 unchanged`
    static func describe(_ s: RegistryImportSummary, _ l: Language) -> String {
        let what = s.kind == .agencies ? l.pick("instansi", "agencies") : l.pick("inovasi", "innovations")
        let updated = s.updated.isEmpty ? "" : " (" + s.updated.joined(separator: ", ") + ")"
        return "\(s.file) (\(what)): " + l.pick(
            "\(s.added.count) baru, \(s.updated.count) diperbarui\(updated), \(s.unchanged.count) tidak berubah",
            "\(s.added.count) new, \(s.updated.count) updated\(updated), \(s.unchanged.count) unchanged")
    }
}
