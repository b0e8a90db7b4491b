import Foundation

/// Rankings as award lists are drawn: equal values share a rank and the
/// next rank skips ("1, 2, 2, 4"); ties are broken only when asked.
public enum Ranking {
    public struct Entry: Sendable {
        public var result: SubjectResult
        /// Breaks ties when asked (higher is better); nil otherwise.
        public var tieBreak: Decimal?
        public var rank = 0

        public init(result: SubjectResult, tieBreak: Decimal? = nil) {
            self.result = result
            self.tieBreak = tieBreak
        }
    }

    /// Ranks entries with a value, best first; entries without one are left out.
    public static func rank(_ entries: [Entry]) -> [Entry] {
        var scored = entries.filter { $0.result.value != nil }
        scored.sort { a, b in
            if a.result.value! != b.result.value! { return a.result.value! > b.result.value! }
            if (a.tieBreak ?? 0) != (b.tieBreak ?? 0) { return (a.tieBreak ?? 0) > (b.tieBreak ?? 0) }
            return a.result.subject < b.result.subject
        }
        for i in scored.indices {
            let tied = i > 0 && scored[i].result.value == scored[i - 1].result.value
                && scored[i].tieBreak == scored[i - 1].tieBreak
            scored[i].rank = tied ? scored[i - 1].rank : i + 1
        }
        return scored
    }
}
