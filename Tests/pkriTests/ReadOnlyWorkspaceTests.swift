import Foundation
import PKRICore
import Testing

/// A workspace that cannot be written — an archived copy on a read-only
/// medium, an immutable file, a file without write permission — answers
/// every reading command as the writable original does, and every writing
/// command says that it is read-only. Tests run as root in CI, and root
/// ignores permissions: the permission case then runs pkri as `nobody`,
/// and the other two use mechanisms that stop root (`chattr +i`, a
/// read-only bind mount). A missing mechanism fails the test.
@Suite(.serialized) struct ReadOnlyWorkspaceTests {
    static let root = PKRIProcess.packageRoot.path

    /// The samples in a workspace (`original/`), and a copy of it (`copy/`)
    /// to make read-only.
    final class Archive {
        let folder: URL
        var original: URL { folder.appendingPathComponent("original") }
        var copy: URL { folder.appendingPathComponent("copy") }
        /// Where reading commands write reports and exports (anyone may write).
        var out: URL { folder.appendingPathComponent("out") }

        init() throws {
            folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("pkri-ro-\(UUID().uuidString)")
            let fm = FileManager.default
            for dir in [original, copy, out] { try fm.createDirectory(at: dir, withIntermediateDirectories: true) }
            chmod(out.path, 0o777)
            let db = original.appendingPathComponent("ws.sqlite").path
            for args in [["init"],
                         ["template", "add", "\(root)/templates/pkri-keberlanjutan.xml", "\(root)/templates/pkri-replikasi.xml"],
                         ["registry", "import", "\(root)/samples/registry/agencies.csv", "\(root)/samples/registry/innovations.csv"],
                         ["submission", "import", "\(root)/samples/submissions"]] {
                let r = try PKRIProcess.run(args + ["--db", db, "--lang", "en"], directory: original)
                // The sample folder also holds submissions for templates not added here.
                if args[0] != "submission" { #expect(r.status == 0, "\(args): \(r.stderr)") }
            }
            // As an archive is made: the workspace file and its evidence folder.
            try fm.copyItem(at: original.appendingPathComponent("ws.sqlite"), to: copy.appendingPathComponent("ws.sqlite"))
            try fm.copyItem(at: original.appendingPathComponent("ws-bukti"), to: copy.appendingPathComponent("ws-bukti"))
        }

        deinit {
            _ = try? SystemTool.run("chattr", ["-i", copy.appendingPathComponent("ws.sqlite").path])
            chmod(copy.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// Reading commands whose output is compared with the original's.
    static let printingCommands: [[String]] = [
        ["results"],
        ["aggregate", "--index", "keberlanjutan", "--by", "province"],
        ["rank", "--index", "keberlanjutan"],
        ["submission", "list"],
        ["history", "--subject", "INOV-2019-0042"],
    ]

    static let writingCommands: [[String]] = [
        ["submission", "import", "\(root)/samples/submissions/keberlanjutan-INOV-2019-0042-self.xml"],
        ["template", "add", "\(root)/templates/pkri-instansi.xml"],
        ["registry", "import", "\(root)/samples/registry/agencies.csv"],
    ]

    typealias Runner = ([String]) throws -> PKRIProcess.Output

    /// Runs every reading and writing command on `db` with `run`, and checks
    /// the file's bytes did not change.
    func check(_ a: Archive, db: String, language: String = "en", _ run: Runner) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let originalDB = a.original.appendingPathComponent("ws.sqlite").path
        for command in Self.printingCommands {
            let expected = try PKRIProcess.run(command + ["--db", originalDB, "--lang", "en"], directory: a.original)
            #expect(expected.status == 0, "\(command) on the original: \(expected.stderr)")
            let r = try run(command + ["--db", db, "--lang", "en"])
            #expect(r.status == 0, "\(command): \(r.stderr)")
            #expect(r.stdout == expected.stdout, "\(command)")
        }
        let report = a.out.appendingPathComponent("report-\(UUID().uuidString).html").path
        let r = try run(["report", "subject", "INOV-2019-0042", "--format", "html", "-o", report, "--db", db, "--lang", "en"])
        #expect(r.status == 0, "report: \(r.stderr)")
        #expect(((try? Data(contentsOf: URL(fileURLWithPath: report)))?.count ?? 0) > 1000)
        let export = a.out.appendingPathComponent("export-\(UUID().uuidString)").path
        let e = try run(["submission", "export", "--all", "--out", export, "--db", db, "--lang", "en"])
        #expect(e.status == 0, "export: \(e.stderr)")
        let exported = (try? FileManager.default.contentsOfDirectory(atPath: export))?.filter { $0.hasSuffix(".xml") } ?? []
        #expect(exported.count == 9)   // the samples of the two templates added
        #expect(FileManager.default.fileExists(atPath: export + "/bukti/surat-penghentian-amdat-2023.txt"))

        for command in Self.writingCommands {
            let w = try run(command + ["--db", db, "--lang", language])
            #expect(w.status == 1, "\(command)")
            let says = language == "en" ? "workspace \(db) is read-only" : "workspace \(db) hanya-baca"
            #expect(w.stderr.contains(says), "\(command): \(w.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before, "the workspace file changed")
    }

    func pkri(_ arguments: [String], in folder: URL) throws -> PKRIProcess.Output {
        try PKRIProcess.run(arguments, directory: folder)
    }

    @Test func aFileWithoutWritePermissionIsReadable() throws {
        let a = try Archive()
        let db = a.copy.appendingPathComponent("ws.sqlite").path
        chmod(db, 0o444)
        chmod(a.copy.path, 0o555)
        if SystemTool.isRoot {
            // Root writes whatever the permissions say: run pkri as nobody.
            let setpriv = try #require(SystemTool.locate("setpriv"), "setpriv (util-linux) is needed to run pkri as nobody")
            let pkri = try #require(PKRIProcess.executable)
            try check(a, db: db) { args in
                try PKRIProcess.run(["--reuid=65534", "--regid=65534", "--clear-groups", "--", pkri.path] + args,
                                    directory: a.out, program: setpriv)
            }
        } else {
            try check(a, db: db) { try pkri($0, in: a.out) }
        }
    }

    @Test func anImmutableFileIsReadable() throws {
        let a = try Archive()
        let db = a.copy.appendingPathComponent("ws.sqlite").path
        try SystemTool.run("chattr", ["+i", db])
        defer { _ = try? SystemTool.run("chattr", ["-i", db]) }
        try check(a, db: db, language: "id") { try pkri($0, in: a.out) }
    }

    @Test func aWorkspaceOnAReadOnlyMediumIsReadable() throws {
        let a = try Archive()
        let medium = try ReadOnlyMount(of: a.copy)
        defer { medium.release() }
        try check(a, db: medium.mountPoint.appendingPathComponent("ws.sqlite").path) { try pkri($0, in: a.out) }
        // Nothing was made beside it either (the medium refuses it; SQLite did not need it).
        #expect(try FileManager.default.contentsOfDirectory(atPath: a.copy.path).sorted() == ["ws-bukti", "ws.sqlite"])
    }

    /// An archive is often the workspace file alone, copied once pkri is
    /// done. Each command folds its log into the file before it exits —
    /// also when it exits with an error status — so that copy holds
    /// everything. (Before, the last reference could go on a worker thread
    /// after exit began, and about one import in five left its log beside.)
    @Test func theWorkspaceFileAloneHoldsEverythingOncePkriExits() throws {
        let folder = try TemporaryFile(named: "README", contents: "")
        for round in 0..<8 {
            let db = folder.directory.appendingPathComponent("ws-\(round).sqlite").path
            for args in [["init"], ["template", "add", "\(Self.root)/templates/pkri-keberlanjutan.xml"],
                         ["registry", "import", "\(Self.root)/samples/registry/agencies.csv", "\(Self.root)/samples/registry/innovations.csv"],
                         ["submission", "import", "\(Self.root)/samples/submissions"]] {
                let r = try PKRIProcess.run(args + ["--db", db, "--lang", "en"], directory: folder.directory)
                // The samples include submissions for templates not added: status 1.
                #expect(r.status == (args[0] == "submission" ? 1 : 0), "\(args): \(r.stderr)")
                #expect(!FileManager.default.fileExists(atPath: db + "-wal"), "\(args) left its log beside the file")
            }
            let count = try SystemTool.run("sqlite3", ["file:\(db)?immutable=1", "SELECT COUNT(*) FROM submission"])
            #expect(count == "7\n", "round \(round)")
        }
    }
}
