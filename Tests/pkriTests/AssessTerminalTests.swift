import Foundation
import Testing

/// End-to-end: `pkri assess` in a real pseudo-terminal (tmux), as an
/// assessor types at it. On a terminal pkri does not echo input itself and
/// colours its output unless `NO_COLOR` is set.
@Suite("pkri assess in a terminal",
       .timeLimit(.minutes(1)))
struct AssessTerminalTests {
    static let subject = "INOV-2019-0042"

    /// Lines of the plain screen, trailing blanks dropped.
    static func lines(_ screen: String) -> [String] {
        screen.components(separatedBy: "\n").map { $0.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression) }
    }

    @Test func typingAnswersInColourThenCtrlCSaves() throws {
        let ws = try AssessWorkspace()
        let tmux = try TmuxSession(ws.assessArguments(subject: Self.subject, assessor: "tty"), directory: ws.directory,
                                   unset: ["NO_COLOR"])
        try tmux.waitForScreen { $0.contains("Question 1 of 22 · required still open: 7") && Self.lines($0).contains(">") }
        try tmux.send("berjalan", "Enter")
        try tmux.waitForScreen { $0.contains("Question 2 of 22") }
        try tmux.send("9", "Enter")
        try tmux.waitForScreen { $0.contains("'9' is not an option of this question — try again") }
        try tmux.send("5", "Enter")
        try tmux.waitForScreen { $0.contains("Question 3 of 23") }
        try tmux.send(":back", "Enter")
        let screen = try tmux.waitForScreen { $0.contains("Current answer: Regional regulation (Perda) or higher legislation [perda]") }

        let plain = Self.lines(screen)
        // The terminal echoes what was typed; pkri must not echo it again.
        #expect(plain.filter { $0 == "> berjalan" }.count == 1, "\(screen)")
        #expect(!plain.contains("berjalan"), "input echoed twice:\n\(screen)")
        #expect(plain.filter { $0 == "✓ saved" }.count == 2, "\(screen)")
        #expect(plain.contains("Current implementation status of the innovation (status) *required"))
        #expect(plain.contains("  5) Regional regulation (Perda) or higher legislation  [perda]"))
        // Colour reaches the terminal as attributes, not as visible codes.
        #expect(!screen.contains("\u{1B}") && !screen.contains("[0m") && !screen.contains("[32m"), "\(screen)")
        let coloured = try tmux.screen(escapes: true)
        #expect(coloured.contains("\u{1B}[32m✓"), "no green tick:\n\(coloured.prefix(2000))")
        #expect(coloured.contains("\u{1B}[1m") || coloured.contains(";1m"), "no bold title")

        // Ctrl-C in the middle of a line: the half-typed text is dropped, the answers are kept.
        try tmux.send("berh")
        try tmux.send("C-c")
        let ended = try tmux.waitForScreen { $0.contains("[exit ") }
        #expect(ended.contains("(Ctrl-C) semua jawaban tersimpan / every answer is saved"), "\(ended)")
        #expect(ended.contains("[exit 130]"), "\(ended)")
        let s = try ws.submission(subject: Self.subject, assessor: "tty")
        #expect(s?.answer("status")?.values == ["berjalan"])
        #expect(s?.answer("dasar_hukum")?.values == ["perda"])
        #expect(s?.status == .draft)
    }

    /// On a narrow terminal a long hint is wrapped between words, not cut
    /// inside one at the edge.
    @Test func longHintsWrapBetweenWords() throws {
        let ws = try AssessWorkspace()
        let tmux = try TmuxSession(ws.assessArguments(subject: Self.subject, assessor: "tty"), directory: ws.directory,
                                   set: ["NO_COLOR": "1"], width: 60)
        let screen = try tmux.waitForScreen { $0.contains("Question 1 of 22") && Self.lines($0).contains(">") }
        let hint = Self.lines(screen).drop { !$0.hasPrefix("  Choose the situation") }.prefix { $0.hasPrefix("  ") && !$0.hasPrefix("  1)") }
        #expect(hint.count >= 3, "\(screen)")
        #expect(hint.allSatisfy { $0.count <= 60 }, "\(hint)")
        let words = hint.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(words.contains("not at the time of the KIPP award. \"Stalled\" (mati suri) means the service"), "\(hint)")
        try tmux.send("C-d")
        _ = try tmux.waitForScreen { $0.contains("[exit ") }
    }

    @Test func noColourWithNO_COLORAndCtrlDEndsTheInput() throws {
        let ws = try AssessWorkspace()
        let tmux = try TmuxSession(ws.assessArguments(subject: Self.subject, assessor: "tty"), directory: ws.directory,
                                   set: ["NO_COLOR": "1"])
        try tmux.waitForScreen { $0.contains("Question 1 of 22") }
        try tmux.send("4", "Enter")
        try tmux.waitForScreen { $0.contains("Question 2 of 4 · required still open: 1") }
        try tmux.send("C-d")
        let ended = try tmux.waitForScreen { $0.contains("[exit ") }
        #expect(ended.contains("End of input; every answer is saved."), "\(ended)")
        #expect(ended.contains("[exit 0]"), "\(ended)")
        let coloured = try tmux.screen(escapes: true)
        #expect(coloured.range(of: "\u{1B}\\[[0-9;]*[1-9][0-9;]*m", options: .regularExpression) == nil,
                "colour despite NO_COLOR:\n\(coloured.prefix(2000))")

        // The same command in a new terminal resumes where the answers stop.
        let again = try TmuxSession(ws.assessArguments(subject: Self.subject, assessor: "tty"), directory: ws.directory,
                                    set: ["NO_COLOR": "1"])
        let resumed = try again.waitForScreen { $0.contains("Question 2 of 4") }
        #expect(resumed.contains("Resuming submission "), "\(resumed)")
        #expect(resumed.contains("(alasan_terhenti) *required"), "\(resumed)")
        try again.send(":save", "Enter")
        try again.waitForScreen { $0.contains("[exit 0]") }
    }
}
