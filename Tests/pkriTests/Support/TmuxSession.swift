import Foundation

/// `pkri` in a real pseudo-terminal: a detached tmux session on a private
/// server (its own socket, no user configuration), 120×40. Keys go in with
/// `send-keys`, the screen comes out with `capture-pane`; the server is
/// killed with the value.
///
/// ```swift
/// let tmux = try TmuxSession(["assess", …], directory: ws.directory)
/// _ = try tmux.waitForScreen { $0.contains("Question 1 of 22") }
/// try tmux.send("berjalan", "Enter")
/// ```
final class TmuxSession {
    static let executable = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        .first(where: FileManager.default.isExecutableFile)

    /// Whether tmux is installed (the terminal tests are skipped without it).
    static var available: Bool { executable != nil }

    private let socket = "pkri-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    private let configuration: URL

    /// Runs `pkri arguments…` in `directory`; `unset` names environment
    /// variables to remove (e.g. `NO_COLOR`), `set` adds some. When pkri
    /// ends, the shell prints `[exit STATUS]` and the pane stays.
    init(_ arguments: [String], directory: URL, set: [String: String] = [:], unset: [String] = [], width: Int = 120) throws {
        guard let pkri = PKRIProcess.executable else { throw PKRIProcess.NotBuilt() }
        configuration = directory.appendingPathComponent("\(socket).conf")
        try Data("set -g remain-on-exit on\nset -g history-limit 5000\nset -g status off\n".utf8).write(to: configuration)
        let env = ["env"] + (unset + ["PKRI_LANG"]).flatMap { ["-u", $0] } + set.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }
        // The shell ignores Ctrl-C itself (pkri, its child, still gets
        // SIGINT) so that it lives to report how pkri ended.
        let command = "trap : INT; " + (env + [pkri.path] + arguments).map(Self.quoted).joined(separator: " ")
            + #"; echo "[exit $?]""#
        let r = try tmux(["-f", configuration.path, "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "40",
                          "-c", directory.path, "sh", "-c", command])
        guard r.status == 0 else { throw Failed(message: "tmux new-session: \(r.output)") }
        let pids = try tmux(["display-message", "-p", "-t", "main", "#{pid} #{pane_pid}"]).output
            .split(whereSeparator: \.isWhitespace).compactMap { pid_t($0) }
        processes = pids
    }

    /// The server and the pane's shell (leader of the pane's process group).
    private var processes: [pid_t] = []

    deinit {
        _ = try? tmux(["kill-server"])
        // kill-server does not always end the pane's processes at once. Kill
        // them, but only while their command line still names this session.
        if processes.count == 2 {
            let (server, pane) = (processes[0], processes[1])
            if Self.commandLine(of: pane).contains(configuration.deletingLastPathComponent().path) { kill(-pane, SIGKILL) }
            if Self.commandLine(of: server).contains(socket) { kill(server, SIGKILL) }
        }
        try? FileManager.default.removeItem(at: configuration)
    }

    private static func commandLine(of pid: pid_t) -> String {
        let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") ?? Data()
        return String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
    }

    /// Presses keys: text, or tmux key names such as `Enter`, `C-c`, `C-d`.
    func send(_ keys: String...) throws {
        for key in keys {
            // -l sends text literally; key names are sent as keys.
            let literal = !["Enter", "C-c", "C-d", "BSpace", "Escape"].contains(key)
            let r = try tmux(["send-keys", "-t", "main"] + (literal ? ["-l", key] : [key]))
            guard r.status == 0 else { throw Failed(message: "tmux send-keys: \(r.output)") }
        }
    }

    /// The whole pane with its scrollback; `escapes` keeps colours and attributes.
    func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", "main"] + (escapes ? ["-e"] : [])).output
    }

    /// Polls the screen every 50 ms until `done` holds; throws after `timeout` seconds.
    @discardableResult
    func waitForScreen(timeout: TimeInterval = 10, _ done: (String) -> Bool) throws -> String {
        let deadline = Date() + timeout
        var last = ""
        while Date() < deadline {
            last = try screen()
            if done(last) { return last }
            usleep(50_000)
        }
        throw Failed(message: "screen not as expected after \(timeout) s:\n\(last)")
    }

    /// Runs one tmux command, at most 10 s, and returns its status and output.
    ///
    /// Not with `Process`: on Linux it learns that a child ended from a
    /// socket the child inherits, and the server `new-session` forks keeps
    /// that socket, so `waitUntilExit` would never return. Here the client is
    /// spawned with every descriptor above 2 closed and its output in a file.
    private func tmux(_ arguments: [String]) throws -> (status: Int32, output: String) {
        guard let executable = Self.executable else { throw Failed(message: "tmux is not installed") }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: file) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // closefrom, by hand (Swift does not import posix_spawn_file_actions_addclosefrom_np).
        let open = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
        for fd in open where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        let argv = ([executable, "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failed(message: "cannot start tmux: \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        let deadline = Date() + 10
        while waitpid(pid, &status, WNOHANG) == 0 {
            guard Date() < deadline else {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                throw Failed(message: "tmux \(arguments.joined(separator: " ")) hung")
            }
            usleep(5_000)
        }
        let output = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        // WIFEXITED / WEXITSTATUS, which Swift does not import.
        return ((status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f), output)
    }

    private static func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: #"'\''"#) + "'" }

    struct Failed: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
