import Foundation

/// What a piped `pkri assess` printed, cut at its prompts. Piped input is
/// echoed after each `> `, so the output reads as a transcript: the opening
/// (first message and first screen), then one turn per line read, each with
/// what was printed in reply up to the next prompt.
///
/// ```swift
/// let t = AssessTranscript(output.stdout)
/// #expect(t.turns[0].input == "berjalan")
/// #expect(t.turns[0].reply.first == "✓ saved")
/// #expect(t.turns[0].screen?.at == "dasar_hukum 2/22")
/// ```
struct AssessTranscript {
    /// A question as shown before a prompt (English, no colour).
    struct Screen: Equatable {
        /// The question id, from the title line `Label (id)`.
        var id: String
        /// `Question N of M · required still open: K`.
        var number: Int, of: Int, open: Int
        /// The lines from the header on.
        var lines: [String]

        /// `id N/M`: which question, its number and the relevant count.
        var at: String { "\(id) \(number)/\(of)" }

        func contains(_ text: String) -> Bool { lines.contains { $0.contains(text) } }
    }

    struct Turn {
        /// The line as pkri read it (its echo).
        var input: String
        /// Everything printed after it and before the next prompt.
        var reply: [String]
        /// The question shown at the end of the reply, if any.
        var screen: Screen? { AssessTranscript.lastScreen(in: reply) }
    }

    var opening: [String]
    var turns: [Turn]

    init(_ output: String) {
        var lines = output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        var opening: [String] = []
        var turns: [Turn] = []
        for line in lines {
            if line.hasPrefix("> ") {
                turns.append(Turn(input: String(line.dropFirst(2)), reply: []))
            } else if turns.isEmpty {
                opening.append(line)
            } else {
                turns[turns.count - 1].reply.append(line)
            }
        }
        self.opening = opening
        self.turns = turns
    }

    /// The question on screen at the first prompt.
    var firstScreen: Screen? { Self.lastScreen(in: opening) }

    /// The turn that read `input` (the first one, or the `n`th, 0-based).
    func turn(_ input: String, _ n: Int = 0) -> Turn? {
        let matching = turns.filter { $0.input == input }
        return n < matching.count ? matching[n] : nil
    }

    static func lastScreen(in lines: [String]) -> Screen? {
        guard let h = lines.lastIndex(where: { $0.range(of: header, options: .regularExpression) != nil }) else { return nil }
        let numbers = lines[h][lines[h].range(of: header, options: .regularExpression)!]
            .split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count == 3, h + 1 < lines.count,
              let idRange = lines[h + 1].range(of: title, options: .regularExpression) else { return nil }
        let id = lines[h + 1][idRange].dropFirst(2).prefix { $0 != ")" }
        return Screen(id: String(id), number: numbers[0], of: numbers[1], open: numbers[2], lines: Array(lines[h...]))
    }

    private static let header = #"Question [0-9]+ of [0-9]+ · required still open: [0-9]+$"#
    private static let title = #" \([A-Za-z_][A-Za-z0-9_.-]*\)( \*required)?$"#
}
