import Foundation
import Testing
@testable import PKRICore

/// The workspace stores answers as `Answer.storedJSON`; it must stay the
/// JSON a `JSON` tree of the same members serializes to (what earlier
/// versions stored), and read back through `Codable` unchanged.
struct AnswerStoredJSONTests {
    static func tree(_ answers: [Answer]) -> String {
        JSON.array(answers.map { a in
            var members: [(String, JSON)] = [
                ("evidence", .array(a.evidence.map { e in
                    var fields: [(String, JSON)] = [("href", .string(e.href))]
                    if let sha = e.sha256 { fields.append(("sha256", .string(sha))) }
                    fields.append(("status", .string(e.status.rawValue)))
                    return .object(fields)
                })),
            ]
            if let note = a.note { members.append(("note", .string(note))) }
            members.append(("question", .string(a.question)))
            members.append(("values", .array(a.values.map(JSON.string))))
            return .object(members)
        }).serialized()
    }

    static let texts = ["", "plain", "quote \" and \\ backslash", "line\nbreak\ttab", "é ✓ 𝄞", "\u{2028}\u{1}", "a/b"]

    /// Seeded, so a failure can be replayed: the seed is the test's
    /// argument and is named in every failed expectation.
    @Test(arguments: [1, 2, 3, 0x5EED_2026] as [UInt64])
    func sameBytesAsTheTreeAndReadsBack(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        var answers: [Answer] = []
        for i in 0..<200 {
            let pick = { Self.texts.randomElement(using: &random)! }
            let evidence = (0..<Int.random(in: 0...2, using: &random)).map { _ in
                Evidence(href: pick(), status: Evidence.Status.allCases.randomElement(using: &random)!,
                         sha256: Bool.random(using: &random) ? String(repeating: "a", count: 64) : nil)
            }
            answers.append(Answer(question: "q\(i)", values: (0..<Int.random(in: 0...3, using: &random)).map { _ in pick() },
                                  evidence: evidence, note: Bool.random(using: &random) ? pick() : nil))
        }
        for n in [0, 1, 200] {
            let slice = Array(answers.prefix(n))
            let stored = Answer.storedJSON(slice)
            #expect(stored == Self.tree(slice), "seed \(seed), \(n) answers")
            #expect(try JSONDecoder().decode([Answer].self, from: Data(stored.utf8)) == slice, "seed \(seed), \(n) answers")
        }
    }
}
