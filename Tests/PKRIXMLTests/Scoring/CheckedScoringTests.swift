import Foundation
import PKRICore
import PKRIXML
import Testing

/// `pkri score` scores with the relevance the checker already evaluated
/// (``Scorer/score(checked:)``); the result must be the one the pure
/// ``Scorer/score(_:)`` computes from the answers alone, byte for byte.
@Suite("Scoring reuses the checker's evaluation")
struct CheckedScoringTests {
    /// The line `pkri score --json` writes; also checks that it is the
    /// ``ScoreJSON/make(_:submission:template:)`` tree, serialized.
    static func json(_ result: ScoreResult, _ submission: Submission, _ template: Template) -> String {
        let line = ScoreJSON.line(result, submission: submission, template: template)
        #expect(line == ScoreJSON.make(result, submission: submission, template: template).serialized())
        return line
    }

    static func draft(_ template: Template, _ answers: [Answer]) -> Submission {
        Submission(id: "s", template: template.id, templateVersion: template.version, subject: "INOV-1",
                   assessor: "a", role: .self, status: .draft, created: "2026-01-01T00:00:00Z",
                   updated: "2026-01-01T00:00:00Z", answers: answers)
    }

    /// Generated answers, some dropped and some added for questions that
    /// were not relevant in that set, so that every relevance outcome and
    /// answered-but-not-relevant questions occur.
    @Test(arguments: PackagePaths.shippedTemplates)
    func sameResultAsScoringTheAnswers(name: String) throws {
        let template = try TemplateLoader(language: .en)
            .load(contentsOf: PackagePaths.templates.appendingPathComponent(name).path).template
        let generator = AnswerGenerator(template)
        var random = SeededRandom(seed: 7)
        var compared = 0
        for round in 0..<150 {
            let quality = Double(round % 10) / 9
            var answers = generator.answers(quality: quality, random: &random)
                .filter { _ in !random.chance(0.1) }
            let other = generator.answers(quality: 1 - quality, random: &random)
            let answered = Set(answers.map(\.question))
            answers += other.filter { !answered.contains($0.question) && random.chance(0.5) }
            let submission = Self.draft(template, answers)
            guard let evaluation = submission.check(against: template, language: .en).evaluation else { continue }
            compared += 1
            let pure = Scorer(template).score(submission.answers)
            let reused = Scorer(template).score(checked: evaluation)
            #expect(Self.json(reused, submission, template) == Self.json(pure, submission, template),
                    "round \(round)")
        }
        #expect(compared >= 50, "only \(compared) of 150 answer sets checked clean")
    }

    /// Each sample submission that checks clean.
    @Test func sampleSubmissionsScoreTheSame() throws {
        let folder = PackagePaths.root.appendingPathComponent("samples/submissions")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }
        var templates: [String: Template] = [:]
        for name in PackagePaths.shippedTemplates {
            let t = try TemplateLoader(language: .en)
                .load(contentsOf: PackagePaths.templates.appendingPathComponent(name).path).template
            templates[t.id] = t
        }
        var compared = 0
        for name in names.sorted() {
            let submission = try SubmissionReader(language: .en)
                .read(contentsOf: folder.appendingPathComponent(name).path)
            guard let template = templates[submission.template],
                  let evaluation = submission.check(against: template, language: .en).evaluation else { continue }
            compared += 1
            #expect(Self.json(Scorer(template).score(checked: evaluation), submission, template)
                    == Self.json(Scorer(template).score(submission.answers), submission, template), "\(name)")
        }
        #expect(compared >= 5)
    }
}
