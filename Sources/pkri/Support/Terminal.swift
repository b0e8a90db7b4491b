import Foundation
import PKRICore

/// Where text goes, and whether it may be coloured: only on a terminal, and
/// never with `NO_COLOR`.
enum Terminal {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    static var colourOnStderr: Bool {
        isTerminal(STDERR_FILENO) && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
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
