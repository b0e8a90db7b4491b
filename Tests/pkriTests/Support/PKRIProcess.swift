import Foundation

/// Runs the real `pkri` binary and captures what it prints.
///
/// The binary is looked for beside the test bundle first (the same build
/// folder), then in the package's `.build*/debug/` folders, newest first.
/// `swift test` does not build it unless `pkriTests` depends on it, so run
/// `swift build` first.
enum PKRIProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let executable: URL? = {
        let fm = FileManager.default
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidates = [besideTests.appendingPathComponent("pkri"),
                          besideTests.deletingLastPathComponent().appendingPathComponent("pkri")]
        let builds = ((try? fm.contentsOfDirectory(atPath: packageRoot.path)) ?? []).filter { $0.hasPrefix(".build") }
        let found = builds.map { packageRoot.appendingPathComponent($0).appendingPathComponent("debug/pkri") }
        func modified(_ url: URL) -> Date {
            ((try? fm.attributesOfItem(atPath: url.path)[.modificationDate]) as? Date) ?? .distantPast
        }
        candidates += found.sorted { modified($0) > modified($1) }
        return candidates.first { fm.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `pkri arguments…` in the package root (or `directory`) with
    /// ``environment(_:)``, `input` written to its standard input (else it
    /// inherits ours), and kills it after `timeout` seconds so a hung run
    /// fails instead of hanging the suite. `program` runs another program
    /// the same way (a reader of what pkri wrote).
    static func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil,
                    directory: URL? = nil, timeout: TimeInterval = 60, program: URL? = nil) throws -> Output {
        guard let executable = program ?? executable else { throw NotBuilt() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        process.environment = self.environment(environment)
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        if input != nil { process.standardInput = inPipe }
        try process.run()
        let watchdog = Watchdog(process, after: timeout)
        let group = DispatchGroup()
        if let input {
            // Written from another thread: a long input must not wait for us to read.
            let writer = inPipe.fileHandleForWriting
            group.enter()
            DispatchQueue.global().async {
                try? writer.write(contentsOf: Data(input.utf8))
                try? writer.close()
                group.leave()
            }
        }
        // Read both pipes to the end before waiting, so a full pipe cannot block.
        nonisolated(unsafe) var stderrData = Data()
        group.enter()
        DispatchQueue.global().async {
            stderrData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        watchdog.cancel()
        if watchdog.fired { throw TimedOut(arguments: arguments, seconds: timeout) }
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// Our environment with `PKRI_LANG` cleared and `extra` added; a value of
    /// `""` for `NO_COLOR` removes it.
    static func environment(_ extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["PKRI_LANG"] = nil
        for (k, v) in extra { env[k] = v }
        if env["NO_COLOR"] == "" { env["NO_COLOR"] = nil }
        return env
    }

    /// Kills a process with SIGKILL unless cancelled first.
    final class Watchdog: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false
        private(set) var fired = false

        init(_ process: Process, after seconds: TimeInterval) {
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
                lock.withLock {
                    guard !done else { return }
                    fired = true
                    kill(pid, SIGKILL)
                }
            }
        }

        func cancel() { lock.withLock { done = true } }
    }

    struct TimedOut: Error, CustomStringConvertible {
        var arguments: [String]
        var seconds: TimeInterval
        var description: String { "pkri \(arguments.joined(separator: " ")) still ran after \(seconds) s and was killed" }
    }

    struct NotBuilt: Error, CustomStringConvertible {
        var description: String { "pkri binary not found: run `swift build` before `swift test`" }
    }
}
