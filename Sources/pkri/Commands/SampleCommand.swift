import ArgumentParser
import Foundation
import PKRICore
import PKRIXML

struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: helpText("Data contoh sintetis berskala nasional (untuk mencoba dan mengukur kinerja).", "Synthetic sample data on a national scale (for trying things out and measuring performance)."),
        subcommands: [GenerateSample.self]
    )
}

struct GenerateSample: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: helpText("Membuat registri dan pengajuan sintetis yang menyerupai data nasional PKRI.", "Generates a synthetic registry and submissions that resemble PKRI's national data."),
        discussion: helpText("""
        Instansi semua jenis di provinsi dan kabupaten/kota yang sebenarnya, inovasi KIPP 2014–2023 dengan \
        penghargaannya, replikasi inovasi Top, dan untuk templat pkri-keberlanjutan (setiap inovasi), pkri-replikasi \
        (replikasi) dan pkri-instansi (sebagian instansi) satu penilaian mandiri dan satu sampai tiga verifikator.
        Ditulis: DIR/registry/agencies.csv, DIR/registry/innovations.csv, DIR/submissions/NNNN/*.xml \
        (10.000 berkas per folder). Benih yang sama memberi berkas yang sama persis.
        Contoh: pkri sample generate --innovations 10000 --seed 1 --out data
                pkri registry import data/registry/agencies.csv data/registry/innovations.csv
                pkri submission import data/submissions/*
        """, """
        Agencies of every type in the real provinces and regencies/cities, KIPP 2014–2023 innovations with \
        their awards, replications of Top innovations, and, for the templates pkri-keberlanjutan (every innovation), \
        pkri-replikasi (replications) and pkri-instansi (some agencies), one self-assessment and one to three verifiers.
        Written: DIR/registry/agencies.csv, DIR/registry/innovations.csv, DIR/submissions/NNNN/*.xml \
        (10,000 files per folder). The same seed gives exactly the same files.
        Example: pkri sample generate --innovations 10000 --seed 1 --out data
                 pkri registry import data/registry/agencies.csv data/registry/innovations.csv
                 pkri submission import data/submissions/*
        """)
    )

    @OptionGroup var language: LanguageOption

    @Option(help: .text("Jumlah inovasi.", "Number of innovations.")) var innovations: Int
    @Option(help: .text("Benih acak (bawaan 1).", "Random seed (default 1).")) var seed: UInt64 = 1
    @Option(help: .text("Folder tujuan (baru atau kosong).", "Destination folder (new or empty).")) var out: String
    @Option(help: .text("Folder templat bawaan.", "Folder of the shipped templates.")) var templates = "templates"

    func validate() throws {
        guard (1...10_000_000).contains(innovations) else {
            throw ValidationError("--innovations harus antara 1 dan 10000000")
        }
    }

    func run() throws {
        let l = try language.language
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder), isFolder.boolValue else {
            Terminal.err("pkri: " + l.pick(
                "folder templat '\(templates)' tidak ada; jalankan dari folder proyek pkri atau beri --templates FOLDER (folder templates/ proyek)",
                "template folder '\(templates)' not found; run from the pkri project folder or give --templates FOLDER (the project's templates/ folder)"))
            throw ExitCode(1)
        }
        var loaded: [Template] = []
        for id in [SampleDataset.sustainability, SampleDataset.replication, SampleDataset.agencyCapacity] {
            do {
                loaded.append(try TemplateLoader(language: l).load(contentsOf: "\(templates)/\(id).xml").template)
            } catch {
                Terminal.report(error.diagnostics)
                throw ExitCode(1)
            }
        }
        let started = Date()
        let dataset = SampleDataset(innovations: innovations, seed: seed, templates: loaded)
        var writer = SampleDatasetWriter(folder: out, serialize: SubmissionWriter.xml)
        if Terminal.isTerminal(STDERR_FILENO) {
            writer.progress = { done, total in
                FileHandle.standardError.write(Data("\r\(done) / \(total) \(l.pick("subjek", "subjects"))".utf8))
                if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
            }
        }
        let summary: SampleDatasetWriter.Summary
        do {
            summary = try writer.write(dataset)
        } catch {
            let reason = switch error.reason {
            case .notEmpty: l.pick("sudah ada dan tidak kosong; hapus atau pilih folder baru", "exists and is not empty; remove it or name a new folder")
            case .cannotCreate: l.pick("folder tidak dapat dibuat", "cannot create the folder")
            case .cannotWrite: l.pick("tidak dapat ditulis", "cannot be written")
            }
            Terminal.err("pkri: \(error.path): \(reason)")
            throw ExitCode(1)
        }
        let perTemplate = summary.files.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let seconds = NumberText.display(Decimal(Date().timeIntervalSince(started)), l, places: 1)
        Terminal.out(l.pick(
            "\(summary.agencies) instansi, \(summary.innovations) inovasi, \(summary.total) pengajuan (\(perTemplate)) dalam \(summary.folders) folder di \(out) (benih \(seed), \(seconds) dtk)",
            "\(summary.agencies) agencies, \(summary.innovations) innovations, \(summary.total) submissions (\(perTemplate)) in \(summary.folders) folders in \(out) (seed \(seed), \(seconds) s)"))
        if summary.failed > 0 {
            Terminal.err(l.pick("pkri: \(summary.failed) pengajuan dilewati karena tidak ada jawaban sah",
                                "pkri: \(summary.failed) submissions left out: no valid answers came out"))
            throw ExitCode(1)
        }
    }
}
