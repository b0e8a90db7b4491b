import ArgumentParser
import Foundation
import PKRICore
import PKRIStore

struct ImportSubmissions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: helpText("Mengimpor dokumen pengajuan (berkas atau folder) ke workspace.", "Imports submission documents (files or folders) into the workspace."),
        discussion: helpText("""
        Tiap dokumen diperiksa terhadap templatnya di workspace, lalu digabung: id sama dan isi sama → tidak berubah;
        'updated' lebih baru → menggantikan dan perubahan dicatat; isi lain tetapi tidak lebih baru → konflik, tidak ada \
        yang ditimpa. Berkas bukti (jalur relatif di samping dokumen) disalin ke workspace. Satu berkas: semua atau tidak sama sekali.
        Instans ODK (folder instans ODK Collect atau berkasnya) dari formulir 'pkri template export' juga diterima.
        Status keluar 0 bila tidak ada yang ditolak atau konflik, 1 bila ada.
        Contoh: pkri submission import samples/submissions
        """, """
        Each document is checked against its template in the workspace, then merged: same id and same content → unchanged;
        a newer 'updated' → replaces it and the changes are recorded; different content but not newer → a conflict, nothing \
        is overwritten. Evidence files (relative paths beside the document) are copied into the workspace. One file: all or nothing.
        ODK instances (an ODK Collect instance folder, or its file) of a form from 'pkri template export' are taken too.
        Exit status 0 when nothing is rejected or in conflict, 1 otherwise.
        Example: pkri submission import samples/submissions
        """)
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: .text("Berkas atau folder pengajuan XML.", "XML submission files or folders."))
    var paths: [String]

    func run() throws {
        let ws = try workspace.open(writing: true)
        let l = workspace.lang
        // A missing path fails before anything is imported; folders are then
        // listed one at a time, and only the counts are kept, so memory
        // does not grow with the number of files. Reading, checking and
        // scoring run on every core while earlier files are merged; merging
        // stays in the order of the files (a later version of a submission
        // after an earlier one), 64 files to a transaction, each file in a
        // savepoint of its own (all of it or nothing).
        _ = try SubmissionFiles.expand(paths.filter { !SubmissionFiles.isFolder($0) }, language: l)
        // On a terminal, a bar over every file named (tens of thousands take a while).
        let progress = Progress(total: paths.reduce(0) { $0 + SubmissionFiles.count($1) })
        var s = ImportSummary()
        var batch: [PreparedSubmission] = []
        func merge() {
            for r in ws.commit(batch, language: l) {
                s.add(report(r, language: l, progress: progress))
                progress.step()
            }
            batch.removeAll(keepingCapacity: true)
        }
        for path in paths {
            let files = try SubmissionFiles.expand([path], language: l).map(\.path)
            OrderedStream.run(files, { ws.prepareSubmission(contentsOf: $0, language: l) }) { prepared in
                batch.append(prepared)
                if batch.count == 64 { merge() }
            }
        }
        merge()
        progress.finish()
        Terminal.out(l.pick(
            "\(s.files) berkas: \(s.new) baru, \(s.updated) diperbarui, \(s.unchanged) tidak berubah, \(s.conflicts) konflik, \(s.rejected) ditolak",
            "\(s.files) files: \(s.new) new, \(s.updated) updated, \(s.unchanged) unchanged, \(s.conflicts) conflicting, \(s.rejected) rejected"))
        if !s.clean { throw ExitCode(1) }
    }

    private func report(_ r: SubmissionImport, language l: Language, progress: Progress) -> SubmissionImport {
        switch r.outcome {
        case .new, .unchanged: if !r.warnings.isEmpty { progress.interrupt() }
        default: progress.interrupt()
        }
        Terminal.report(r.warnings)
        switch r.outcome {
        case .rejected(let d): Terminal.report(d)
        case .conflict(let m): Terminal.report([Diagnostic(.error, at: SourceLocation(file: r.file, line: 1), l.pick("konflik: ", "conflict: ") + m)])
        case .updated(let n): Terminal.out("\(r.file): " + l.pick("diperbarui (\(n) perubahan dicatat)", "updated (\(n) changes recorded)"))
        case .new, .unchanged: break
        }
        return r
    }
}
