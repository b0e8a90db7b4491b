import Foundation

/// Runs a program to completion; its output is returned, a non-zero exit
/// is an error carrying what it printed.
///
/// posix_spawn and bash rather than Foundation's `Process`: the child must
/// inherit no descriptor but its output file. `pg_ctl start` leaves a server
/// running that inherits whatever pg_ctl had, and `Process` waits for the
/// end of a socket it hands every child: it would wait for the server.
enum Shell {
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let outputPath = NSTemporaryDirectory() + "pkri-shell-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // bash closes every other inherited descriptor, then becomes the program.
        let closeAndRun = #"for fd in /proc/$$/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done 2>/dev/null; exec "$@""#
        let program = ["/bin/bash", "-c", closeAndRun, "bash"] + arguments
        var argv: [UnsafeMutablePointer<CChar>?] = program.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program[0], &actions, nil, &argv, environ)
        guard spawned == 0 else {
            throw TestSupportError("cannot run \(program[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        // WIFEXITED && WEXITSTATUS == 0, which Swift cannot call as macros.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw TestSupportError("\(arguments.joined(separator: " ")) failed (status \(status)): \(text)")
        }
        return text
    }
}
