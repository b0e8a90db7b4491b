import Foundation
import PKRICore

/// Properties every finding must have, whatever the input: checked on each
/// fuzz input, and a violation stops the fuzzer like a crash.
///
/// ```swift
/// Oracle.expectLocated(error.diagnostics, in: bytes, file: "fuzz.xml")
/// ```
public enum Oracle {
    /// Set `PKRI_FUZZ_LOCATIONS=0` to skip the location checks (e.g. while a
    /// known location bug waits for its fix).
    static let checkLocations = getenv("PKRI_FUZZ_LOCATIONS").map { String(cString: $0) != "0" } ?? true

    /// Each diagnostic names `file`, a line of the input (1 … lines + 1),
    /// a column ≥ 1 when it has one, and a message of one non-empty line
    /// (no LF, VT, FF or CR: `file:line:column: error:` is one line per finding).
    public static func expectLocated(_ diagnostics: [Diagnostic], in bytes: [UInt8], file: String) {
        guard checkLocations else { return }
        let lines = lineCount(bytes)
        for d in diagnostics where !isKnownBug(d) {
            let where_ = "\(d) (input of \(bytes.count) bytes, \(lines) lines)"
            require(d.location.file == file, "diagnostic names another file: \(where_)")
            require((1...lines + 1).contains(d.location.line), "line out of range: \(where_)")
            require(d.location.column.map { $0 >= 1 } ?? true, "column below 1: \(where_)")
            require(!d.message.isEmpty, "empty message: \(where_)")
            require(!d.message.utf8.contains { (0x0A...0x0D).contains($0) }, "message of several lines: \(where_)")
        }
    }

    /// Lines, ending at LF, CRLF or a lone CR (the CSV reader's rule, and
    /// the most a reader could count).
    public static func lineCount(_ bytes: [UInt8]) -> Int {
        var lines = 1
        for (i, b) in bytes.enumerated() where b == 0x0A || (b == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) {
            lines += 1
        }
        return lines
    }

    /// Findings already reported and awaiting a fix in Sources, so that a
    /// run can find others. Each names its regression input; delete the
    /// entry with the fix. `PKRI_FUZZ_KNOWN=fail` makes them stop the fuzzer.
    static let knownBugs: [(name: String, matches: @Sendable (Diagnostic) -> Bool)] = [
        // None open. An entry: ("what is wrong", { $0.message.hasPrefix("…") }),
        // with its input kept under Tests/*/FuzzRegressions/TARGET/.
    ]

    public static let tolerateKnownBugs = getenv("PKRI_FUZZ_KNOWN").map { String(cString: $0) != "fail" } ?? true

    static func isKnownBug(_ d: Diagnostic) -> Bool {
        tolerateKnownBugs && knownBugs.contains { $0.matches(d) }
    }

    /// Stops the fuzzer with `message` when `condition` is false. Unlike
    /// `precondition`, the message survives `-O`.
    public static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                               file: StaticString = #fileID, line: UInt = #line) {
        if !condition() { fatalError("oracle: " + message(), file: file, line: line) }
    }

    /// A language chosen from the input, so both message sets are exercised.
    public static func language(for bytes: [UInt8]) -> Language {
        bytes.count % 2 == 0 ? .en : .id
    }
}
