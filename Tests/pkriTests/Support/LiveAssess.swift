import Foundation

/// A running `pkri assess` driven one line at a time through a pipe: each
/// line is sent once the previous prompt is out, and its reply is what pkri
/// printed up to the next prompt. Several of them on one workspace are
/// several assessors at work at once.
///
/// ```swift
/// let a = try LiveAssess(ws.assessArguments(subject: "INOV-2019-0042", assessor: "a"), in: ws.directory)
/// #expect(try a.type("berjalan").reply.first == "✓ saved")
/// a.end()
/// ```
final class LiveAssess {
    private let process: LiveProcess
    private var prompts = 0
    /// What was printed before the first prompt (the opening and first screen).
    private(set) var opening = AssessTranscript(" ")

    init(_ arguments: [String], in directory: URL) throws {
        process = try LiveProcess(arguments, directory: directory)
        opening = AssessTranscript(try waitForPrompt())
    }

    /// Sends `line` and waits for the next prompt; returns the turn that read it.
    @discardableResult
    func type(_ line: String) throws -> AssessTranscript.Turn {
        guard process.send(line) else { throw Ended(output: process.output) }
        let turns = AssessTranscript(try waitForPrompt()).turns
        // The last turn is the new, open prompt; the one before read `line`.
        guard turns.count >= 2, turns[turns.count - 2].input == line else { throw Ended(output: process.output) }
        return turns[turns.count - 2]
    }

    /// Sends `line`, which ends the session (`:save`, `:submit`); returns
    /// the exit status and everything printed.
    func typeLast(_ line: String) -> (status: Int32, output: String) {
        process.send(line)
        return process.finish()
    }

    /// Closes the input (end of input) and waits for the process to end.
    @discardableResult
    func end() -> (status: Int32, output: String) { process.finish() }

    /// SIGKILL, at once.
    func kill() -> (status: Int32, output: String) {
        process.kill()
        return process.finish()
    }

    private func waitForPrompt() throws -> String {
        guard let text = process.waitForOutput(until: Date() + 15, { KillScript.prompts(in: $0) > prompts }) else {
            throw Ended(output: process.output)
        }
        prompts = KillScript.prompts(in: text)
        return text
    }

    struct Ended: Error, CustomStringConvertible {
        var output: String
        var description: String { "pkri assess ended or gave no prompt within 15 s:\n\(output.suffix(2000))" }
    }
}
