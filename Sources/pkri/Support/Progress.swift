import Foundation

/// A one-line progress bar on a terminal (stderr), redrawn at most once per
/// hundredth of the work; silent otherwise, so piped output holds nothing
/// extra.
final class Progress: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private var done = 0
    /// Whether a bar stands on the current line (to be cleared before other text).
    private var drawn = false
    private let lock = NSLock()

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    /// A bar on stderr when stderr is a terminal.
    convenience init(total: Int) {
        self.init(total: total, enabled: Terminal.isTerminal(STDERR_FILENO))
    }

    func step() {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        guard enabled, done == total || done % max(1, total / 100) == 0 else { return }
        let width = 30, filled = total == 0 ? width : width * min(done, total) / total
        FileHandle.standardError.write(Data("\r[\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))] \(done)/\(total)".utf8))
        drawn = true
    }

    /// Clears the bar's line, so that a message printed next starts on a
    /// clean line; the next step draws the bar again below it.
    func interrupt() {
        lock.lock()
        defer { lock.unlock() }
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }

    func finish() { if enabled { FileHandle.standardError.write(Data("\n".utf8)) } }
}
