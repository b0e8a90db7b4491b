import PKRICore
import Testing

@Suite struct SuggestionTests {
    static let commands = ["init", "template", "score", "assess", "registry", "submission", "history", "results",
                           "aggregate", "rank", "report", "sample"]

    @Test(arguments: [("resuls", "results"), ("reslts", "results"), ("agregate", "aggregate"), ("histroy", "history"),
                      ("Rank", "rank"), ("submision", "submission"), ("templates", "template"), ("raport", "report")])
    func aSlipFindsTheCommand(_ typed: String, _ meant: String) {
        #expect(Suggestion.closest(to: typed, among: Self.commands) == meant)
    }

    /// Another word is not a slip: no suggestion rather than a wild guess.
    @Test(arguments: ["xyz", "list", "i", ""])
    func anotherWordGetsNoSuggestion(_ typed: String) {
        #expect(Suggestion.closest(to: typed, among: Self.commands) == nil)
    }

    @Test func questionIDs() {
        let ids = ["status", "lama_terhenti", "dasar_hukum", "nilai_ikm", "anggaran_pembinaan"]
        #expect(Suggestion.closest(to: "statu", among: ids) == "status")
        #expect(Suggestion.closest(to: "dasar_hukm", among: ids) == "dasar_hukum")
        #expect(Suggestion.closest(to: "nilai-ikm", among: ids) == "nilai_ikm")
        #expect(Suggestion.closest(to: "status", among: ids) == nil)      // the word itself is not a suggestion
    }

    /// The closest wins; among equals, the first (document order).
    @Test func closestThenFirst() {
        #expect(Suggestion.closest(to: "q10", among: ["q1", "q11", "q100"]) == "q1")
        #expect(Suggestion.closest(to: "abcd", among: ["abcx", "abxd"]) == "abcx")
    }
}
