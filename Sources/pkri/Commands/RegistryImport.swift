import ArgumentParser
import PKRICore
import PKRIStore

struct RegistryImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Mengimpor daftar instansi dan inovasi (CSV) ke workspace.",
        discussion: """
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
        """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "Berkas CSV instansi atau inovasi.")
    var files: [String]

    func run() throws {
        let ws = try workspace.open()
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
