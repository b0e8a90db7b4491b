import Foundation
import Testing

/// `pkri report`, `results`, `aggregate` and `rank` on the shipped samples,
/// through the real binary.
@Suite(.serialized) struct ReportCommandTests {
    /// A workspace with the shipped templates, sample registry and submissions.
    final class SampleWorkspace {
        let folder: URL
        var db: String { folder.appendingPathComponent("ws.sqlite").path }

        init() throws {
            folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("pkri-report-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let root = PKRIProcess.packageRoot.path
            for args in [["init"],
                         ["template", "add", "\(root)/templates/pkri-keberlanjutan.xml", "\(root)/templates/pkri-replikasi.xml"],
                         ["registry", "import", "\(root)/samples/registry/agencies.csv", "\(root)/samples/registry/innovations.csv"],
                         ["submission", "import", "\(root)/samples/submissions"]] {
                let out = try run(args)
                // The sample folder also holds submissions for templates not added here.
                if args[0] != "submission" { #expect(out.status == 0, "\(args): \(out.stderr)") }
            }
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func run(_ args: [String], environment: [String: String] = [:]) throws -> PKRIProcess.Output {
            try PKRIProcess.run(args + ["--db", db, "--lang", "en"], environment: environment, directory: folder)
        }

        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    }

    /// `pdftotext -layout` of the whole file (`-raw`: in drawing order, a
    /// line-end hyphen kept as it is). A missing pdftotext fails the test
    /// (scripts/setup installs poppler-utils).
    static func pdftotext(_ path: String, mode: String = "-layout") throws -> String {
        let out = try PKRIProcess.run([mode, path, "-"],
                                      program: URL(fileURLWithPath: "/usr/bin/pdftotext"))
        #expect(out.status == 0, "pdftotext \(path): \(out.stderr)")
        return out.stdout
    }

    @Test func subjectReportAsPDFSaysWhatTheResultsSay() throws {
        let ws = try SampleWorkspace()
        let out = try ws.run(["report", "subject", "INOV-2019-0042", "--format", "pdf", "-o", ws.path("r.pdf")])
        #expect(out.status == 0, "\(out.stderr)")
        let text = try Self.pdftotext(ws.path("r.pdf"))
        #expect(text.contains("PKRI Evaluator Report"))
        #expect(text.contains("INOV-2019-0042"))
        #expect(text.contains("79.92"))          // mean of the two verifiers, as `results` says
        #expect(text.contains("90.54"))          // the agency's claim
        #expect(text.contains("-10.62"))         // the gap
        #expect(text.contains("Page 2 of"))
    }

    @Test func reportsAreByteIdenticalWithSourceDateEpoch() throws {
        let ws = try SampleWorkspace()
        let env = ["SOURCE_DATE_EPOCH": "1767225600"]
        for format in ["pdf", "html"] {
            _ = try ws.run(["report", "subject", "INOV-2019-0042", "--format", format, "-o", ws.path("a.\(format)")], environment: env)
            _ = try ws.run(["report", "subject", "INOV-2019-0042", "--format", format, "-o", ws.path("b.\(format)")], environment: env)
            let a = try Data(contentsOf: URL(fileURLWithPath: ws.path("a.\(format)")))
            let b = try Data(contentsOf: URL(fileURLWithPath: ws.path("b.\(format)")))
            #expect(!a.isEmpty)
            #expect(a == b, "\(format) differs between two runs")
        }
        let html = try String(contentsOfFile: ws.path("a.html"), encoding: .utf8)
        #expect(html.contains("2026-01-01T00:00:00Z"))
    }

    @Test func summaryAndBatchReports() throws {
        let ws = try SampleWorkspace()
        let summary = try ws.run(["report", "summary", "--index", "keberlanjutan", "--by", "province", "--format", "html", "-o", ws.path("s.html")])
        #expect(summary.status == 0, "\(summary.stderr)")
        let html = try String(contentsOfFile: ws.path("s.html"), encoding: .utf8)
        #expect(html.contains("Jawa Timur"))
        #expect(html.contains("Distribution over bands"))
        let batch = try ws.run(["report", "batch", "--template", "pkri-keberlanjutan", "--out", ws.path("batch"), "--format", "html"])
        #expect(batch.status == 0, "\(batch.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: ws.path("batch")).filter { $0.hasSuffix(".html") }
        // Keberlanjutan samples cover four innovations (0042, 0011, 0008, 0015).
        #expect(files.count == 4)
        #expect(batch.stdout.contains("4 reports written"))
        // One thread or all cores: the same files, byte for byte.
        let env = ["SOURCE_DATE_EPOCH": "1767225600"]
        for (jobs, folder) in [(["--jobs", "1"], "one"), ([], "all")] {
            let out = try ws.run(["report", "batch", "--template", "pkri-keberlanjutan", "--out", ws.path(folder), "--format", "pdf"] + jobs,
                                 environment: env)
            #expect(out.status == 0, "\(out.stderr)")
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: ws.path("all")) {
            let one = try Data(contentsOf: URL(fileURLWithPath: ws.path("one/\(name)")))
            let all = try Data(contentsOf: URL(fileURLWithPath: ws.path("all/\(name)")))
            #expect(one == all, "\(name) differs between --jobs 1 and all cores")
        }
        #expect(try ws.run(["report", "batch", "--out", ws.path("x"), "--jobs", "0"]).status == 64)
        // --limit: the first subjects in id order, and no others.
        let two = try ws.run(["report", "batch", "--template", "pkri-keberlanjutan", "--out", ws.path("two"),
                              "--format", "html", "--limit", "2"])
        #expect(two.status == 0, "\(two.stderr)")
        let limited = try FileManager.default.contentsOfDirectory(atPath: ws.path("two")).sorted()
        #expect(limited == files.sorted().prefix(2).map { $0 })
        #expect(try ws.run(["report", "batch", "--out", ws.path("y"), "--limit", "0"]).status == 64)
    }

    /// The summary ends with the replication page: originals ranked by
    /// reach, and one lineage as a tree and on the province map — the
    /// widest by default, the one asked for with --innovation.
    @Test func summaryReportHasAReplicationPage() throws {
        let ws = try SampleWorkspace()
        let pdf = try ws.run(["report", "summary", "--index", "keberlanjutan", "--format", "pdf", "-o", ws.path("s.pdf")])
        #expect(pdf.status == 0, "\(pdf.stderr)")
        let text = try Self.pdftotext(ws.path("s.pdf"))
        #expect(text.contains("Replication of innovations"))
        #expect(text.contains("Original innovations by the reach of their replicas"))
        // Four originals of the samples have one replica each: the tie goes to the smallest id.
        #expect(text.contains("Lineage: Lahir Tenang Pulang Bawa Akta (LATANSA) (INOV-2015-0031)"))
        #expect(text.contains("INOV-2021-0102 · Lahir Tenang Pulang Bawa Akta Kabupaten Sumedang"))
        #expect(text.contains("Provinces reached by replicas of INOV-2015-0031: 1 of 38"))
        #expect(text.contains("Jabar") && text.contains("Sulut") && text.contains("Papteng"))

        let html = try ws.run(["report", "summary", "--index", "keberlanjutan", "--top", "2", "--innovation", "INOV-2022-0140",
                               "--format", "html", "-o", ws.path("s.html")])
        #expect(html.status == 0, "\(html.stderr)")
        let page = try String(contentsOfFile: ws.path("s.html"), encoding: .utf8)
        #expect(page.contains("INOV-2022-0140 is a replica; the lineage of its original, INOV-2019-0042, is shown."))
        #expect(page.contains("<span class=\"node-title\">INOV-2022-0140 · Layanan Administrasi Kependudukan Mandiri Kelurahan Kota Manado</span>"))
        #expect(page.contains("<g class=\"tile filled\" data-id=\"71\">"), "Manado's province is reached")
        #expect(page.contains("<g class=\"tile framed\" data-id=\"35\">"), "Surabaya's is the original's")
        let ranking = try #require(page.components(separatedBy: "Original innovations by the reach of their replicas").last?
            .components(separatedBy: "</table>").first)
        #expect(ranking.components(separatedBy: "<tr>").count - 1 == 2 + 1, "--top 2: two rows under the header")

        let unknown = try ws.run(["report", "summary", "--index", "keberlanjutan", "--innovation", "INOV-404", "-o", ws.path("x.pdf")])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("innovation 'INOV-404' not found in the workspace"), "\(unknown.stderr)")
        #expect(!FileManager.default.fileExists(atPath: ws.path("x.pdf")))

        // Indonesian unless asked otherwise.
        let id = try PKRIProcess.run(["report", "summary", "--index", "keberlanjutan", "-o", ws.path("id.pdf"), "--db", ws.db],
                                     directory: ws.folder)
        #expect(id.status == 0, "\(id.stderr)")
        let indonesian = try Self.pdftotext(ws.path("id.pdf"))
        #expect(indonesian.contains("Replikasi inovasi") && indonesian.contains("Garis replikasi: Lahir Tenang"))
        #expect(indonesian.contains("Provinsi yang dijangkau replikasi INOV-2015-0031: 1 dari 38"))
    }

    /// With several assessors a question's label heads its first row only.
    @Test func aQuestionIsNamedOnceForAllItsAssessors() throws {
        let ws = try SampleWorkspace()
        let out = try ws.run(["report", "subject", "INOV-2019-0042", "--format", "html", "-o", ws.path("s.html")])
        #expect(out.status == 0, "\(out.stderr)")
        let html = try String(contentsOfFile: ws.path("s.html"), encoding: .utf8)
        // Three assessors answered tahun_anggaran; in the question tables (before
        // the table of points not earned) its label appears in one row.
        let tables = try #require(html.components(separatedBy: "Why points were not earned").first)
        #expect(tables.components(separatedBy: "(tahun_anggaran)").count - 1 == 1)
        #expect(tables.contains("<tr class=\"group\"><th colspan=\"5\" scope=\"rowgroup\">Number of budget years since the KIPP award"), "the question heads its rows")
        #expect(tables.contains("tpi-12"))
    }

    /// The sample subject report as a person reads it: the tables set no
    /// word across two lines (only ids after a hyphen or slash), they fit
    /// on few pages, and the reasons for points not earned are grouped.
    @Test func subjectReportPDFReflowsItsTables() throws {
        let ws = try SampleWorkspace()
        for format in ["pdf", "html"] {
            let out = try PKRIProcess.run(["report", "subject", "INOV-2019-0042", "--format", format, "-o", ws.path("r.\(format)"),
                                           "--db", ws.db], environment: ["SOURCE_DATE_EPOCH": "1767225600"], directory: ws.folder)
            #expect(out.status == 0, "\(out.stderr)")
        }
        let text = try Self.pdftotext(ws.path("r.pdf"), mode: "-raw")
        // Every piece of text on the page is a word of the report, or an id
        // cut after a hyphen or slash; "terverifika" + "si" is neither.
        let html = try String(contentsOfFile: ws.path("r.html"), encoding: .utf8)
        // The page furniture: "Halaman 2 dari 8", the running header "PKRI · ID · name".
        var allowed = Set(["Halaman", "dari", "PKRI", "INOV-2019-0042"])
        for word in Self.visibleText(html).split(whereSeparator: \.isWhitespace) {
            // Any run from one break point (after "-" or "/") to another.
            let chars = Array(word)
            let cuts = [0] + chars.indices.filter { chars[$0] == "-" || chars[$0] == "/" }.map { $0 + 1 } + [chars.count]
            for (n, i) in cuts.enumerated() {
                for j in cuts[(n + 1)...] where j > i { allowed.insert(String(chars[i..<j])) }
            }
        }
        let split = text.split(whereSeparator: \.isWhitespace).map(String.init)
            .filter { !allowed.contains($0) && Int($0) == nil }
        #expect(split.isEmpty, "words cut in two: \(Set(split).sorted())")
        // Twelve pages before the tables were reflowed and the reasons grouped.
        let pages = text.filter { $0 == "\u{0C}" }.count
        #expect(pages <= 8, "\(pages) pages")
        // One row per reason and assessor: the reason is printed once.
        #expect(text.components(separatedBy: "jawaban di bawah skor tertinggi").count - 1 == 1)
        // Points lost are index points, and they add up to what the index misses.
        #expect(text.contains("Poin indeks hilang"))
        let layout = try Self.pdftotext(ws.path("r.pdf"))
        let selfRow = try #require(layout.split(separator: "\n").first { $0.contains("sby-dispendukcapil-01") && $0.contains("dasar_hukum") })
        #expect(selfRow.hasSuffix("9,46"), "100 − 90,54 for the self-assessment: \(selfRow)")
    }

    /// The text of an HTML report as a browser shows it: tags dropped,
    /// entities decoded.
    static func visibleText(_ html: String) -> String {
        let body = html.components(separatedBy: "<body>").last ?? html
        var out = "", inTag = false
        for c in body {
            if c == "<" { inTag = true; out.append(" ") } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
        }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func unknownSubjectFailsClearly() throws {
        let ws = try SampleWorkspace()
        let out = try ws.run(["report", "subject", "INOV-404", "--format", "html", "-o", ws.path("x.html")])
        #expect(out.status == 1)
        #expect(out.stderr.contains("subject 'INOV-404' not found"))
        #expect(!FileManager.default.fileExists(atPath: ws.path("x.html")))
    }

    /// A place that cannot be written gets one located line in the user's
    /// language, not the system's error object.
    @Test(arguments: ["pdf", "html"])
    func unwritableOutputIsSaidPlainly(_ format: String) throws {
        let ws = try SampleWorkspace()
        let target = ws.path("missing-folder/r.\(format)")
        let out = try ws.run(["report", "subject", "INOV-2019-0042", "--format", format, "-o", target])
        #expect(out.status == 1)
        #expect(out.stderr == "pkri: cannot write \(target): No such file or directory\n", "\(out.stderr)")
        try Data().write(to: URL(fileURLWithPath: ws.path("a-file")))
        let batch = try ws.run(["report", "batch", "--out", ws.path("a-file"), "--format", format])
        #expect(batch.status == 1)
        #expect(batch.stderr.hasPrefix("pkri: cannot create the folder \(ws.path("a-file"))"), "\(batch.stderr)")
        #expect(!batch.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func resultsAggregateAndRankAgreeOnTheSamples() throws {
        let ws = try SampleWorkspace()
        let results = try ws.run(["results", "--template", "pkri-keberlanjutan", "--json"])
        let lines = results.stdout.split(separator: "\n")
        let lambaik = try #require(lines.first { $0.contains("\"INOV-2019-0042\"") })
        #expect(lambaik.contains("\"value\":79.92"))
        #expect(lambaik.contains("\"spread\":2.58"))
        #expect(lambaik.contains("\"state\":\"verified\""))
        let stopped = try #require(lines.first { $0.contains("\"INOV-2020-0011\"") })
        #expect(stopped.contains("\"value\":0,"))
        #expect(stopped.contains("\"state\":\"self-only\""))
        let aggregate = try ws.run(["aggregate", "--index", "keberlanjutan", "--by", "province", "--json"])
        let east = try #require(aggregate.stdout.split(separator: "\n").first { $0.contains("\"group\":\"35\"") })
        #expect(east.contains("\"name\":\"Jawa Timur\""))
        #expect(east.contains("\"mean\":79.92"))
        let rank = try ws.run(["rank", "--index", "keberlanjutan", "--top", "1", "--json"])
        #expect(rank.stdout.split(separator: "\n").count == 1)
        #expect(rank.stdout.contains("\"rank\":1,\"subject\":\"INOV-2019-0042\""))
        #expect(rank.stderr.contains("Ties not broken"))
    }
}
