import PKRICore

/// Random answer sets for a template: each question unanswered about a
/// third of the time (so that relevance on unanswered optional questions
/// is exercised), otherwise a value from a pool chosen to meet the
/// expressions' corners: bounds and one past them, zero, decimals written
/// in scientific notation by Java, texts with commas, spaces and tabs.
enum AnswerSets {
    static func make(_ template: Template, count: Int, seed: UInt64) -> [[String: [String]]] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            var answers: [String: [String]] = [:]
            for q in template.questions where !random.chance(0.35) {
                answers[q.id] = value(for: q, &random)
            }
            return answers
        }
    }

    static func value(for q: Question, _ random: inout SeededRandom) -> [String] {
        func pick(_ pool: [String]) -> String { pool[Int(random.next() % UInt64(pool.count))] }
        switch q.kind {
        case .single:
            return [pick(q.options.map(\.value))]
        case .multiple:
            let chosen = q.options.filter { _ in random.chance(0.4) }.map(\.value)
            return chosen.isEmpty ? [q.options[0].value] : chosen
        case .integer:
            var pool = ["0", "1", "2", "3", "5", "12", "100", "250", "1000", "-1"]
            if let min = q.min { pool += [DecimalText.format(min), DecimalText.format(min - 1)] }
            if let max = q.max { pool += [DecimalText.format(max), DecimalText.format(max + 1)] }
            return [pick(pool)]
        case .decimal:
            var pool = ["0", "12.5", "12.345", "1.10", "99.99", "-2.5", "12345678.5", "3000000000", "0.0001", "0.001", "75.25"]
            if let min = q.min { pool.append(DecimalText.format(min)) }
            if let max = q.max { pool.append(DecimalText.format(max)) }
            return [pick(pool)]
        case .text:
            return [pick(["ab", "a b", "5", "1,5", "x", "INOV-2019-0042", "a\tb", "ok"])]
        case .date:
            return [pick(["2024-01-02", "2013-12-31", "2015-03-01", "2025-08-06"])]
        }
    }

    /// The answers as the form filler sets them (a multiple answer is one
    /// space-separated value), in template order.
    static func fields(_ template: Template, _ answers: [String: [String]]) -> [(String, String)] {
        template.questions.compactMap { q in answers[q.id].map { (q.id, $0.joined(separator: " ")) } }
    }
}
