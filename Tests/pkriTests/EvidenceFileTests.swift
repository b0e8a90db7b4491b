import Foundation
import PKRICore
import Testing

/// The probe's experiments on evidence files, through the real binary:
/// links out of the submission folder, FIFOs, devices, unreadable and
/// oversized files, temporary files after an import and a full disk.
@Suite(.serialized) struct EvidenceFileTests {
    static let root = PKRIProcess.packageRoot.path
    static let evidence = "bukti/surat-penghentian-amdat-2023.txt"

    /// A workspace and a submission folder `kiriman/` whose document cites
    /// ``evidence`` (the shipped sample of a stopped innovation, without
    /// its sha256 so only what the file is matters).
    final class Setup {
        let ws: AssessWorkspace
        var kiriman: URL { ws.directory.appendingPathComponent("kiriman") }
        var evidenceFile: String { kiriman.appendingPathComponent(EvidenceFileTests.evidence).path }
        var evidenceFolder: String { ws.directory.appendingPathComponent("ws-bukti").path }

        init() throws {
            ws = try AssessWorkspace()
            try FileManager.default.createDirectory(at: kiriman.appendingPathComponent("bukti"), withIntermediateDirectories: true)
            let sample = try String(contentsOfFile: EvidenceFileTests.root + "/samples/submissions/keberlanjutan-INOV-2020-0011-berhenti.xml", encoding: .utf8)
            let document = sample.replacingOccurrences(
                of: "\n              sha256=\"1ef6857493ce15938f4d97faaa373e7ac2b803935a37caf43eeb0503d646701a\"", with: "")
            #expect(document != sample)
            try document.write(to: kiriman.appendingPathComponent("berhenti.xml"), atomically: true, encoding: .utf8)
        }

        func importKiriman(timeout: TimeInterval = 60) throws -> PKRIProcess.Output {
            try ws.pkri(["submission", "import", kiriman.path], timeout: timeout)
        }

        /// Every file under the evidence folder, relative.
        func storedFiles() -> [String] {
            (FileManager.default.enumerator(atPath: evidenceFolder)?.allObjects as? [String] ?? []).filter { rel in
                var isDir: ObjCBool = false
                return FileManager.default.fileExists(atPath: evidenceFolder + "/" + rel, isDirectory: &isDir) && !isDir.boolValue
            }.sorted()
        }

        /// The stored document's evidence reference, through `submission export`.
        func exported() throws -> (xml: String, files: [String]) {
            let out = ws.directory.appendingPathComponent("ekspor-\(UUID().uuidString)")
            let r = try ws.pkri(["submission", "export", "--all", "--out", out.path])
            #expect(r.status == 0, "\(r.stderr)")
            let files = (FileManager.default.enumerator(atPath: out.path)?.allObjects as? [String] ?? []).sorted()
            let xml = try files.filter { $0.hasSuffix(".xml") }.map { try String(contentsOf: out.appendingPathComponent($0), encoding: .utf8) }.joined()
            return (xml, files)
        }
    }

    static func warning(_ sentence: String) -> String {
        "kiriman/berhenti.xml:15:3: warning: \(sentence); the reference is kept"
    }

    /// The probe: `bukti/x -> /etc/passwd` was stored and exported again.
    @Test func aLinkToEtcPasswdIsNeitherStoredNorExported() throws {
        let s = try Setup()
        try FileManager.default.createSymbolicLink(atPath: s.evidenceFile, withDestinationPath: "/etc/passwd")
        let r = try s.importKiriman()
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("evidence '\(Self.evidence)' not read: its path leads outside the document's folder"), "\(r.stderr)")
        #expect(s.storedFiles().isEmpty, "\(s.storedFiles())")
        let (xml, files) = try s.exported()
        #expect(xml.contains("href=\"\(Self.evidence)\""))   // the reference is kept
        #expect(!files.contains { $0.hasPrefix("bukti") }, "\(files)")
    }

    /// A FIFO is refused without waiting for a writer (it used to hang the import).
    @Test func aFIFOIsRefusedWithoutWaiting() throws {
        let s = try Setup()
        #expect(mkfifo(s.evidenceFile, 0o644) == 0)
        let r = try s.importKiriman(timeout: 30)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("evidence '\(Self.evidence)' not read: it is a FIFO (named pipe), not a regular file"), "\(r.stderr)")
        #expect(s.storedFiles().isEmpty)
    }

    /// A device node (here /dev/zero's) is refused unread (it used to be
    /// read without end).
    @Test func aDeviceIsRefusedUnread() throws {
        let s = try Setup()
        try SystemTool.run("mknod", [s.evidenceFile, "c", "1", "5"])
        let r = try s.importKiriman(timeout: 30)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("evidence '\(Self.evidence)' not read: it is a device file, not a regular file"), "\(r.stderr)")
        #expect(s.storedFiles().isEmpty)
    }

    /// A file that exists but cannot be read is said to be unreadable, not
    /// missing. Root reads any file, so as root the import runs as nobody.
    @Test func aFileThatCannotBeReadIsNotCalledMissing() throws {
        let s = try Setup()
        try "SURAT".write(toFile: s.evidenceFile, atomically: false, encoding: .utf8)
        chmod(s.evidenceFile, 0o000)
        let args = ["submission", "import", s.kiriman.path, "--db", s.ws.db, "--lang", "en"]
        let r: PKRIProcess.Output
        if SystemTool.isRoot {
            // nobody may write the workspace but not read the evidence file (root's, mode 000).
            try SystemTool.run("chown", ["-R", "65534:65534", s.ws.directory.path])
            try SystemTool.run("chown", ["0:0", s.evidenceFile])
            let setpriv = try #require(SystemTool.locate("setpriv"), "setpriv (util-linux) is needed to run pkri as nobody")
            let pkri = try #require(PKRIProcess.executable)
            r = try PKRIProcess.run(["--reuid=65534", "--regid=65534", "--clear-groups", "--", pkri.path] + args,
                                    directory: s.ws.directory, program: setpriv)
        } else {
            r = try PKRIProcess.run(args, directory: s.ws.directory)
        }
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("evidence file '\(Self.evidence)' exists but cannot be read (permission denied); the reference is kept"), "\(r.stderr)")
        #expect(!r.stderr.contains("not found"))
        #expect(!r.stderr.contains("not beside"))
    }

    /// The probe: a 1 GiB evidence file was read whole before its size was
    /// checked. It is refused by its size, and pkri's peak memory stays small.
    @Test func aOneGiBEvidenceFileIsRefusedBeforeItIsRead() throws {
        let s = try Setup()
        FileManager.default.createFile(atPath: s.evidenceFile, contents: nil)
        #expect(truncate(s.evidenceFile, 1 << 30) == 0)   // sparse: no disk used
        let pkri = try #require(PKRIProcess.executable)
        let run = try PeakMemory.run(pkri, ["submission", "import", s.kiriman.path, "--db", s.ws.db, "--lang", "en"], directory: s.ws.directory)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("evidence file '\(Self.evidence)' is 1024 MiB, over the limit of 256 MiB; the reference is kept"), "\(run.stderr)")
        #expect(run.maxResidentKiB < 128 * 1024, "peak memory \(run.maxResidentKiB) KiB")
        #expect(s.storedFiles().isEmpty)
    }

    /// A large file under the limit is hashed and copied in chunks: peak
    /// memory stays far below its size.
    @Test func aLargeEvidenceFileIsCopiedInChunks() throws {
        let s = try Setup()
        FileManager.default.createFile(atPath: s.evidenceFile, contents: nil)
        #expect(truncate(s.evidenceFile, 160 << 20) == 0)
        let pkri = try #require(PKRIProcess.executable)
        let run = try PeakMemory.run(pkri, ["submission", "import", s.kiriman.path, "--db", s.ws.db, "--lang", "en"], directory: s.ws.directory)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.maxResidentKiB < 128 * 1024, "peak memory \(run.maxResidentKiB) KiB")
        let stored = s.storedFiles()
        #expect(stored.count == 1, "\(stored)")
        let size = (try? FileManager.default.attributesOfItem(atPath: s.evidenceFolder + "/" + (stored.first ?? ""))[.size] as? Int) ?? 0
        #expect(size == 160 << 20)
    }

    /// The probe: importing the samples left `*.tmp-PID-UUID` files among
    /// the evidence (several threads storing the same file raced).
    @Test func importingTheSamplesLeavesNoTemporaryFile() throws {
        let ws = try AssessWorkspace(templates: ["templates/pkri-keberlanjutan.xml", "templates/pkri-replikasi.xml",
                                                 "templates/pkri-instansi.xml", "templates/iid-2023-satuan-inovasi.xml"])
        let r = try ws.pkri(["submission", "import", "\(Self.root)/samples/submissions"])
        #expect(r.status == 0, "\(r.stderr)")
        let all = FileManager.default.enumerator(atPath: ws.directory.path)?.allObjects as? [String] ?? []
        let evidence = all.filter { $0.hasPrefix("ws-bukti/") && $0 != "ws-bukti/.tmp" }
        let leftovers = evidence.filter { $0.hasPrefix("ws-bukti/.tmp/") || $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        #expect(!evidence.isEmpty)
    }

    /// The probe: a full disk left thousands of temporary files. A copy that
    /// fails removes its own; the import goes on with a warning.
    @Test func aFullDiskLeavesNoTemporaryFile() throws {
        let s = try Setup()
        let disk = s.ws.directory.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        try SystemTool.run("mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.path])
        defer { _ = try? SystemTool.run("umount", [disk.path]) }
        let db = disk.appendingPathComponent("ws.sqlite").path
        for args in [["init"], ["template", "add", "\(Self.root)/templates/pkri-keberlanjutan.xml"],
                     ["registry", "import", "\(Self.root)/samples/registry/agencies.csv", "\(Self.root)/samples/registry/innovations.csv"]] {
            let r = try PKRIProcess.run(args + ["--db", db, "--lang", "en"], directory: s.ws.directory)
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        let big = Data(repeating: 0x41, count: 16 << 20)
        try big.write(to: URL(fileURLWithPath: s.evidenceFile))
        let r = try PKRIProcess.run(["submission", "import", s.kiriman.path, "--db", db, "--lang", "en"], directory: s.ws.directory)
        #expect(r.stderr.contains("evidence file '\(Self.evidence)' cannot be stored in"), "\(r.stderr)")
        #expect(r.stderr.contains("(no space left on the disk); the reference is kept"), "\(r.stderr)")
        let left = (FileManager.default.enumerator(atPath: disk.appendingPathComponent("ws-bukti").path)?.allObjects as? [String] ?? [])
        let files = left.filter { !$0.hasSuffix(".tmp") && $0 != ".tmp" }
        #expect(files.isEmpty, "\(left)")
    }

    /// The probe: `PKRI_DB=other.sqlite pkri submission list` added pkri's
    /// tables to another program's database and switched it to WAL.
    @Test func anotherProgramsDatabaseIsRefusedByName() throws {
        let folder = try TemporaryFile(named: "lain.sqlite", contents: "")
        try FileManager.default.removeItem(atPath: folder.path)
        try SystemTool.run("sqlite3", [folder.path, "CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT); INSERT INTO pelanggan VALUES (1, 'Ani');"])
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.path))
        let r = try PKRIProcess.run(["submission", "list"], environment: ["PKRI_DB": folder.path, "PKRI_LANG": "en"], directory: folder.directory)
        #expect(r.status == 1)
        #expect(r.stderr == "pkri: \(folder.path) is not a pkri workspace (an SQLite database without pkri's tables); the file was left as it was. Create a workspace with 'pkri init --db NEW_FILE'\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.directory.path) == ["lain.sqlite"])
        let id = try PKRIProcess.run(["submission", "list"], environment: ["PKRI_DB": folder.path], directory: folder.directory)
        #expect(id.stderr.contains("\(folder.path) bukan workspace pkri"), "\(id.stderr)")
    }

    @Test func anEmptyFileIsNotTurnedIntoAWorkspace() throws {
        let file = try TemporaryFile(named: "kosong.sqlite", contents: "")
        let r = try PKRIProcess.run(["results", "--db", file.path, "--lang", "en"], directory: file.directory)
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(file.path) is not a pkri workspace (an empty file)"), "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file.path)).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: file.directory.path) == ["kosong.sqlite"])
    }
}
