import Foundation

/// Runs a system program a test relies on (`chattr`, `mount`, `setpriv`,
/// `mknod`…). A program that is missing or refuses is an error: the test
/// fails, it does not pass by skipping what it was meant to prove.
enum SystemTool {
    @discardableResult
    static func run(_ name: String, _ arguments: [String]) throws -> String {
        guard let program = locate(name) else { throw Failed(command: name, why: "not installed") }
        let out = try PKRIProcess.run(arguments, timeout: 60, program: program)
        guard out.status == 0 else {
            throw Failed(command: ([name] + arguments).joined(separator: " "), why: "exit \(out.status): \(out.stderr)")
        }
        return out.stdout
    }

    static func locate(_ name: String) -> URL? {
        for folder in ["/usr/sbin", "/usr/bin", "/sbin", "/bin"] {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    static var isRoot: Bool { geteuid() == 0 }

    struct Failed: Error, CustomStringConvertible {
        var command: String
        var why: String
        var description: String { "\(command): \(why)" }
    }
}

/// A folder made read-only by a bind mount, undone by ``release()``.
final class ReadOnlyMount {
    let source: URL
    let mountPoint: URL
    private var mounted = false

    init(of source: URL) throws {
        self.source = source
        mountPoint = source.deletingLastPathComponent().appendingPathComponent(source.lastPathComponent + "-ro")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        try SystemTool.run("mount", ["--bind", source.path, mountPoint.path])
        mounted = true
        try SystemTool.run("mount", ["-o", "remount,ro,bind", mountPoint.path])
    }

    func release() {
        if mounted { _ = try? SystemTool.run("umount", [mountPoint.path]) }
        mounted = false
    }

    deinit { release() }
}

/// Peak memory of one run of pkri, measured by GNU time (`/usr/bin/time`,
/// Debian package `time`). Not `wait4` from this process: Linux carries
/// the spawning process's peak over into the child's figure when it execs,
/// so a child of the test runner reports the runner's memory; GNU time
/// forks a small process of its own first.
enum PeakMemory {
    struct Run {
        var status: Int32
        var maxResidentKiB: Int
        var stderr: String
    }

    static func run(_ program: URL, _ arguments: [String], directory: URL) throws -> Run {
        guard let time = SystemTool.locate("time") else { throw SystemTool.Failed(command: "time", why: "not installed (Debian package time)") }
        let report = directory.appendingPathComponent("time-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let out = try PKRIProcess.run(["-f", "%M", "-o", report, program.path] + arguments, directory: directory, program: time)
        let text = try String(contentsOfFile: report, encoding: .utf8)
        // A non-zero exit adds a "Command exited with non-zero status" line first.
        guard let kib = text.split(separator: "\n").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
            throw SystemTool.Failed(command: "time", why: "unreadable report: \(text)")
        }
        return Run(status: out.status, maxResidentKiB: kib, stderr: out.stderr)
    }
}
