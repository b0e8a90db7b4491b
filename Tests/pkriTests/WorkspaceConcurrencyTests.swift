import Foundation
import PKRICore
import PKRIStore
import PKRIXML
import Testing

/// Several processes on one workspace: writes wait for each other and
/// nothing is lost; a killed import leaves no half-stored file.
@Suite(.serialized) struct WorkspaceConcurrencyTests {
    final class Fixture {
        let folder: URL
        var db: String { folder.appendingPathComponent("ws.sqlite").path }
        let root = PKRIProcess.packageRoot.path

        init() throws {
            folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("pkri-conc-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for args in [["init"], ["template", "add", "\(root)/templates/pkri-keberlanjutan.xml"],
                         ["registry", "import", "\(root)/samples/registry/agencies.csv", "\(root)/samples/registry/innovations.csv"]] {
                let out = try PKRIProcess.run(args + ["--db", db], directory: folder)
                #expect(out.status == 0, "\(args): \(out.stderr)")
            }
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        /// Writes `count` valid submissions for sample innovations into `name/`.
        func submissions(_ name: String, count: Int, seed: UInt64) throws -> (URL, [String]) {
            let dir = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let t = try TemplateLoader().load(contentsOf: "\(root)/templates/pkri-keberlanjutan.xml").template
            let subjects = ["INOV-2019-0042", "INOV-2020-0011", "INOV-2021-0008", "INOV-2022-0015"]
            var random = SeededRandom(seed: seed)
            var ids: [String] = []
            for i in 0..<count {
                var answers = AnswerGenerator(t).answers(quality: 0.6, random: &random)
                for k in answers.indices { answers[k].evidence = answers[k].evidence.map { var e = $0; e.href = "https://bukti.example/\(e.href)"; return e } }
                let s = Submission(id: random.uuid(), template: t.id, templateVersion: t.version, subject: subjects[i % 4],
                                   assessor: "\(name)-\(i)", role: .verifier, stage: "desk", status: .draft,
                                   created: "2026-06-01T08:00:00Z", updated: "2026-06-01T09:00:00Z", answers: answers)
                try SubmissionWriter.xml(s).write(to: dir.appendingPathComponent("\(i).xml"), atomically: true, encoding: .utf8)
                ids.append(s.id)
            }
            return (dir, ids)
        }

        func start(_ args: [String]) throws -> (Process, Pipe) {
            let p = Process()
            p.executableURL = PKRIProcess.executable
            p.arguments = args + ["--db", db, "--lang", "en"]
            p.currentDirectoryURL = folder
            let err = Pipe()
            p.standardOutput = FileHandle.nullDevice
            p.standardError = err
            try p.run()
            return (p, err)
        }

        /// Like ``start(_:)``, with a pipe to the process's standard input.
        func startWithInput(_ args: [String]) throws -> (Process, Pipe, Pipe) {
            let p = Process()
            p.executableURL = PKRIProcess.executable
            p.arguments = args + ["--db", db, "--lang", "en"]
            p.currentDirectoryURL = folder
            var environment = ProcessInfo.processInfo.environment
            environment["NO_COLOR"] = "1"
            p.environment = environment
            let err = Pipe(), input = Pipe()
            p.standardOutput = FileHandle.nullDevice
            p.standardError = err
            p.standardInput = input
            try p.run()
            return (p, err, input)
        }

        func storedIDs() throws -> Set<String> {
            let out = try PKRIProcess.run(["submission", "list", "--json", "--db", db], directory: folder)
            return Set(out.stdout.split(separator: "\n").compactMap { line in
                line.range(of: "\"id\":\"").map { String(line[$0.upperBound...].prefix(36)) }
            })
        }
    }

    @Test func twoImportsAndAReaderAtOnceLoseNothing() throws {
        let f = try Fixture()
        let (a, idsA) = try f.submissions("a", count: 30, seed: 1)
        let (b, idsB) = try f.submissions("b", count: 30, seed: 2)
        let importA = try f.start(["submission", "import", a.path])
        let importB = try f.start(["submission", "import", b.path])
        var readers: [(Process, Pipe)] = []
        for _ in 0..<3 { readers.append(try f.start(["results", "--template", "pkri-keberlanjutan", "--json"])) }
        for (p, _) in [importA, importB] + readers { p.waitUntilExit() }
        for (p, err) in [importA, importB] + readers {
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(p.terminationStatus == 0, "\(message)")
            #expect(!message.contains("locked"), "\(message)")
        }
        #expect(try f.storedIDs() == Set(idsA + idsB))
    }

    /// Issue 8's four writers: two assessors answering in `pkri assess` (a
    /// write per answer), an import and a `results`, all at once.
    @Test func twoAssessorsAnImportAndResultsAtOnceLoseNothing() throws {
        let f = try Fixture()
        let (dir, ids) = try f.submissions("i", count: 40, seed: 4)
        // Each assessor changes the first answer 30 times; the last one stands.
        func script(_ last: String) -> String {
            (0..<30).map { ":goto 1\n" + ($0 % 2 == 0 ? "mati_suri" : "berjalan") + "\n" }.joined() + ":goto 1\n\(last)\n"
        }
        var assessors: [(Process, Pipe)] = []
        for (name, subject, last) in [("ana", "INOV-2019-0042", "berhenti"), ("budi", "INOV-2020-0011", "mati_suri")] {
            let (p, err, input) = try f.startWithInput(["assess", "--template", "pkri-keberlanjutan", "--subject", subject,
                                                        "--assessor", name])
            input.fileHandleForWriting.write(Data(script(last).utf8))
            try input.fileHandleForWriting.close()
            assessors.append((p, err))
        }
        let importing = try f.start(["submission", "import", dir.path])
        let reading = try f.start(["results", "--template", "pkri-keberlanjutan", "--json"])
        for (p, _) in assessors + [importing, reading] { p.waitUntilExit() }
        for (p, err) in assessors + [importing, reading] {
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(p.terminationStatus == 0, "\(message)")
            #expect(!message.contains("locked"), "\(message)")
        }
        #expect(try f.storedIDs().isSuperset(of: Set(ids)))
        let ws = try Workspace.open(at: f.db)
        for (name, subject, last) in [("ana", "INOV-2019-0042", "berhenti"), ("budi", "INOV-2020-0011", "mati_suri")] {
            let mine = try ws.submissions(subject: subject).filter { $0.assessor == name }
            #expect(mine.count == 1)
            #expect(mine.first?.answer("status")?.values == [last], "\(name)")
        }
    }

    @Test func aKilledImportLeavesOnlyWholeSubmissions() throws {
        let f = try Fixture()
        let (dir, ids) = try f.submissions("k", count: 120, seed: 3)
        let (p, _) = try f.start(["submission", "import", dir.path])
        Thread.sleep(forTimeInterval: 0.4)
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        let stored = try f.storedIDs()
        #expect(stored.isSubset(of: Set(ids)))
        // The workspace opens, and importing again completes the rest: every
        // stored one is unchanged (whole), every missing one is new.
        let again = try PKRIProcess.run(["submission", "import", dir.path, "--db", f.db, "--lang", "en"], directory: f.folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("\(ids.count - stored.count) new, 0 updated, \(stored.count) unchanged, 0 conflicting, 0 rejected"),
                "\(again.stdout)")
        #expect(try f.storedIDs() == Set(ids))
    }
}
