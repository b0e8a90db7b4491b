import Foundation
import Testing

/// `pkri submission import` shows a progress bar on a terminal, as `report
/// batch` does, and nothing of it when its output goes to a pipe.
@Suite struct ImportProgressTests {
    static let templates = ["templates/pkri-keberlanjutan.xml", "templates/pkri-replikasi.xml",
                            "templates/pkri-instansi.xml", "templates/iid-2023-satuan-inovasi.xml"]
    static var samples: String { PKRIProcess.packageRoot.appendingPathComponent("samples/submissions").path }

    @Test func aBarOnATerminal() throws {
        #expect(TmuxSession.available, "tmux is needed for terminal tests: run scripts/setup")
        let ws = try AssessWorkspace(templates: Self.templates)
        let tmux = try TmuxSession(["submission", "import", Self.samples, "--db", ws.db, "--lang", "en"], directory: ws.directory)
        let screen = try tmux.waitForScreen { $0.contains("[exit ") }
        #expect(screen.contains("[" + String(repeating: "#", count: 30) + "] 12/12"), "\(screen)")
        #expect(screen.contains("12 files: 12 new, 0 updated, 0 unchanged, 0 conflicting, 0 rejected"), "\(screen)")
        #expect(screen.contains("[exit 0]"), "\(screen)")
    }

    /// A message in the middle of the work starts on a line of its own, not
    /// after the bar.
    @Test func messagesStartOnALineOfTheirOwn() throws {
        #expect(TmuxSession.available, "tmux is needed for terminal tests: run scripts/setup")
        let ws = try AssessWorkspace(templates: Self.templates)
        let first = try ws.pkri(["submission", "import", Self.samples])
        #expect(first.status == 0, "\(first.stderr)")
        // One sample again with a later `updated`: reported as updated, among unchanged ones.
        let folder = ws.directory.appendingPathComponent("again")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.samples) where name.hasSuffix(".xml") {
            var text = try String(contentsOfFile: Self.samples + "/" + name, encoding: .utf8)
            if name == "keberlanjutan-INOV-2019-0042-verifikator-desk.xml" {
                text = text.replacingOccurrences(of: #"updated="2025-08-06T09:20:00Z""#, with: #"updated="2025-09-01T00:00:00Z""#)
            }
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        let tmux = try TmuxSession(["submission", "import", folder.path, "--db", ws.db, "--lang", "en"], directory: ws.directory)
        let screen = try tmux.waitForScreen { $0.contains("[exit ") }
        let lines = screen.components(separatedBy: "\n")
        #expect(lines.contains { $0.hasPrefix(folder.path + "/keberlanjutan-INOV-2019-0042-verifikator-desk.xml: updated") }, "\(screen)")
        #expect(screen.contains("12 files: 0 new, 1 updated, 11 unchanged"), "\(screen)")
    }

    @Test func nothingExtraThroughAPipe() throws {
        let ws = try AssessWorkspace(templates: Self.templates)
        let r = try ws.pkri(["submission", "import", Self.samples])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        #expect(r.stdout == "12 files: 12 new, 0 updated, 0 unchanged, 0 conflicting, 0 rejected\n")
    }
}
