/// "Did you mean …?": the known name closest to one that was mistyped, for
/// subcommands, question ids and the like.
///
/// ```swift
/// Suggestion.closest(to: "resuls", among: ["results", "rank"])   // "results"
/// Suggestion.closest(to: "xyz", among: ["results", "rank"])      // nil
/// ```
public enum Suggestion {
    /// The candidate with the fewest edits (insertions, deletions,
    /// substitutions, case ignored) from `word`, when that is few enough to
    /// be a slip rather than another word: at most a third of the longer
    /// of the two, and at least one. The first candidate wins a tie.
    public static func closest<Candidates: Sequence>(to word: String, among candidates: Candidates) -> String?
    where Candidates.Element == String {
        let typed = Array(word.lowercased())
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let known = Array(candidate.lowercased())
            let allowed = max(1, max(typed.count, known.count) / 3)
            guard abs(typed.count - known.count) <= allowed else { continue }
            let d = distance(typed, known)
            if d <= allowed, d < (best?.distance ?? .max) { best = (candidate, d) }
        }
        return best?.name
    }

    /// `"; maksud Anda 'x'?"` / `"; did you mean 'x'?"` for a suggestion
    /// already written as the reader should type it, or `""` for none.
    public static func phrase(_ suggestion: String?, _ l: Language) -> String {
        suggestion.map { l.pick("; maksud Anda \($0)?", "; did you mean \($0)?") } ?? ""
    }

    /// Levenshtein distance, one row at a time.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
