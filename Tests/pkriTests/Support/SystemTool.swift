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

/// Peak memory of one run of a program: `wait4` reports the child's own
/// maximum resident set, whatever else the test process runs meanwhile.
enum PeakMemory {
    struct Run {
        var status: Int32
        var maxResidentKiB: Int
        var stderr: String
    }

    /// Runs `program` with `arguments` (absolute paths: it runs in our
    /// folder); its standard error is kept in a file in `directory`.
    static func run(_ program: URL, _ arguments: [String], directory: URL) throws -> Run {
        let errPath = directory.appendingPathComponent("stderr-\(UUID().uuidString).txt").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([program.path] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var environment = ProcessInfo.processInfo.environment
        environment["PKRI_LANG"] = "en"
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in envp { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program.path, &actions, nil, argv, envp)
        guard spawned == 0 else { throw SystemTool.Failed(command: program.path, why: String(cString: strerror(spawned))) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw SystemTool.Failed(command: program.path, why: "wait4: \(errno)") }
        }
        let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: errPath)
        // WIFEXITED / WEXITSTATUS, spelt out (macros Swift does not import).
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Run(status: exit, maxResidentKiB: Int(usage.ru_maxrss), stderr: stderr)
    }
}
