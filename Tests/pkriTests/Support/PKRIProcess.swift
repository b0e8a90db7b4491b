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

    /// Runs `pkri arguments…` in the package root with `environment` added
    /// (and `PKRI_LANG`, `NO_COLOR` cleared unless given).
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        guard let executable else { throw NotBuilt() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var env = ProcessInfo.processInfo.environment
        env["PKRI_LANG"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes to the end before waiting, so a full pipe cannot block.
        let group = DispatchGroup()
        nonisolated(unsafe) var stderrData = Data()
        group.enter()
        DispatchQueue.global().async {
            stderrData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }

    struct NotBuilt: Error, CustomStringConvertible {
        var description: String { "pkri binary not found: run `swift build` before `swift test`" }
    }
}
