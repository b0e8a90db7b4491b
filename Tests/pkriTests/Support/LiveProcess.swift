import Foundation

/// A running `pkri` that a test talks to while it runs: lines written to its
/// standard input one at a time, its standard output collected as it comes,
/// and a SIGKILL whenever the test wants. `PKRIProcess.run` is for whole
/// runs; this is for sessions driven and interrupted from outside.
///
/// ```swift
/// let p = try LiveProcess(ws.assessArguments(subject: "INOV-2019-0042", assessor: "a"))
/// _ = p.waitForOutput(until: Date() + 10) { $0.hasSuffix("\n> ") }
/// p.send("berjalan")
/// p.kill()
/// let all = p.finish()
/// ```
final class LiveProcess: @unchecked Sendable {
    private let process = Process()
    private let input: FileHandle
    private let condition = NSCondition()
    private var data = Data()
    private var ended = false

    init(_ arguments: [String], environment: [String: String] = ["NO_COLOR": "1"], directory: URL? = nil) throws {
        guard let executable = PKRIProcess.executable else { throw PKRIProcess.NotBuilt() }
        // A write to a killed process's stdin must fail, not kill the test runner.
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = executable
        process.arguments = arguments
        process.environment = PKRIProcess.environment(environment)
        process.currentDirectoryURL = directory ?? PKRIProcess.packageRoot
        let inPipe = Pipe(), outPipe = Pipe()
        process.standardInput = inPipe
        process.standardOutput = outPipe
        process.standardError = FileHandle.nullDevice
        input = inPipe.fileHandleForWriting
        try process.run()
        let reading = outPipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            while true {
                let chunk = reading.availableData
                condition.lock()
                if chunk.isEmpty { ended = true } else { data.append(chunk) }
                condition.broadcast()
                condition.unlock()
                if chunk.isEmpty { return }
            }
        }
    }

    /// Everything read so far.
    var output: String {
        condition.lock()
        defer { condition.unlock() }
        return String(decoding: data, as: UTF8.self)
    }

    /// Waits until `done` holds for the output read so far, the output ends,
    /// or `deadline` passes; returns the output when `done` held, else nil.
    func waitForOutput(until deadline: Date, _ done: (String) -> Bool) -> String? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            let text = String(decoding: data, as: UTF8.self)
            if done(text) { return text }
            if ended || !condition.wait(until: deadline) { return done(text) ? text : nil }
        }
    }

    /// Writes `line` and a newline; false when the process no longer reads.
    @discardableResult
    func send(_ line: String) -> Bool {
        do { try input.write(contentsOf: Data((line + "\n").utf8)); return true } catch { return false }
    }

    /// SIGKILL: no handler runs, nothing is flushed.
    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    /// Closes its input, waits (at most `timeout` seconds, then kills it)
    /// for it to end, and returns its exit status and everything it wrote.
    func finish(timeout: TimeInterval = 10) -> (status: Int32, output: String) {
        try? input.close()
        let deadline = Date() + timeout
        while process.isRunning, Date() < deadline { usleep(2_000) }
        kill()
        process.waitUntilExit()
        _ = waitForOutput(until: Date() + 5) { _ in false }
        return (process.terminationStatus, output)
    }
}
