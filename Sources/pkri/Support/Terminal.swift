import Foundation
import PKRICore

/// Where text goes, and whether it may be coloured: only on a terminal, and
/// never with `NO_COLOR`.
enum Terminal {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    static var colourOnStderr: Bool {
        isTerminal(STDERR_FILENO) && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// The width of the terminal standard output is, nil when it is not one
    /// (a pipe or a file keeps whole lines).
    static var columns: Int? {
        guard isTerminal(STDOUT_FILENO) else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Prints findings as `file:line:column: error: message`.
    static func report(_ diagnostics: [Diagnostic]) {
        let colour = colourOnStderr
        for d in diagnostics {
            guard colour else { err(d.description); continue }
            let code = d.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
            err("\u{1B}[1m\(d.location):\u{1B}[0m \(code)\(d.severity.rawValue):\u{1B}[0m \(d.message)")
        }
    }
}
