import Foundation
import PKRICore
import PKRIXML
import Testing

/// An engine's answer documents reuse the libxml2 tree and XPath context of
/// released ones (`XPathScratch`): a reused one must answer as a new one.
@Suite("Answer documents reuse released trees and contexts")
struct AnswerDocumentPoolTests {
    /// Nothing of the previous document shows: not its answers, not the
    /// values it kept for `${name}` expressions.
    @Test func aReusedDocumentStartsEmpty() throws {
        let t = try ExpressionReuseTests.stopOrGo(relevant: "${z} = 'stop'")
        let stop = try #require(t.question("b")?.relevant)
        let empty = try #require(try ExpressionReuseTests.stopOrGo(relevant: "count(/answers/*) = 0").question("b")?.relevant)
        for _ in 0..<3 {
            let document = t.engine.makeAnswerDocument()
            #expect(!document.isTrue(stop), "the value kept before z was answered is not reused")
            #expect(document.isTrue(empty))
            document.append(question: "z", text: "stop")
            #expect(document.isTrue(stop))
            #expect(!document.isTrue(empty))
        }
    }

    /// Documents in use at once each have their own tree.
    @Test func documentsInUseAtOnceAreSeparate() throws {
        let t = try ExpressionReuseTests.stopOrGo(relevant: "${z} = 'stop'")
        let stop = try #require(t.question("b")?.relevant)
        let first = t.engine.makeAnswerDocument()
        let second = t.engine.makeAnswerDocument()
        first.append(question: "z", text: "stop")
        second.append(question: "z", text: "go")
        #expect(first.isTrue(stop))
        #expect(!second.isTrue(stop))
    }

    /// The same answer sets scored on one template whose documents are
    /// released after each (so reused), and on another load of it whose
    /// documents are all kept (so each is new): the same lines.
    @Test(arguments: PackagePaths.shippedTemplates)
    func reusedAndNewDocumentsScoreTheSame(name: String) throws {
        let path = PackagePaths.templates.appendingPathComponent(name).path
        let reusing = try TemplateLoader(language: .en).load(contentsOf: path).template
        let fresh = try TemplateLoader(language: .en).load(contentsOf: path).template
        let generator = AnswerGenerator(reusing)
        var random = SeededRandom(seed: 11)
        var kept: [AnswerEvaluation] = []
        for round in 0..<40 {
            let answers = generator.answers(quality: Double(round % 10) / 9, random: &random)
                .filter { _ in !random.chance(0.1) }
            let submission = CheckedScoringTests.draft(reusing, answers)
            let new = submission.check(against: fresh, language: .en).evaluation
            let reused = submission.check(against: reusing, language: .en).evaluation
            #expect((new == nil) == (reused == nil), "round \(round)")
            guard let new, let reused else { continue }
            kept.append(new)
            #expect(ScoreJSON.line(Scorer(reusing).score(checked: reused), submission: submission, template: reusing)
                    == ScoreJSON.line(Scorer(fresh).score(checked: new), submission: submission, template: fresh),
                    "round \(round)")
        }
        #expect(kept.count >= 10)
    }
}
