import Foundation
import PKRICore
import Testing

/// The spec's "Submission" checks against a template.
@Suite struct SubmissionCheckTests {
    static let template = """
      <index id="k"><band id="lo" min="0"/></index>
      <section id="s" index="k" weight="1">
        <question id="status" type="single" required="true"><option value="on" score="1"/><option value="off"/></question>
        <question id="n" type="integer" min="0" max="1000" required="true" relevant="${status} = 'on'"
                  constraint=". mod 2 = 0">
          <constraint-message xml:lang="id">Harus genap.</constraint-message>
          <constraint-message xml:lang="en">Must be even.</constraint-message>
          <band min="0" score="1"/>
        </question>
        <question id="m" type="multiple"><option value="a" score="1"/><option value="b" score="1"/></question>
        <question id="d" type="date"/>
      </section>
    """

    @Test func validSubmissionHasNoProblems() throws {
        let t = try TemplateFixture.make(Self.template)
        #expect(Scenario(t).answer("status", "on").answer("n", "4").answer("m", "a", "b").problems().isEmpty)
    }

    @Test func valuesAreCheckedForTypeOptionsAndBounds() throws {
        let t = try TemplateFixture.make(Self.template)
        let s = Scenario(t).answer("status", "maybe").answer("n", "1001").answer("m", "a", "a").answer("d", "2025-02-30")
        #expect(s.problems(status: .draft) == [
            "status: 'maybe' is not an option of this question",
            "n: 1001 is above the maximum 1000",
            "m: option 'a' is given more than once",
            "d: '2025-02-30' is not a valid date (format YYYY-MM-DD, e.g. 2025-06-30)",
        ])
    }

    @Test func constraintUsesTheTemplateMessage() throws {
        let t = try TemplateFixture.make(Self.template)
        let p = Scenario(t).answer("status", "on").answer("n", "3").problems()
        #expect(p.contains("n: Must be even."))
    }

    @Test func submittedMustAnswerRequiredRelevantQuestions() throws {
        let t = try TemplateFixture.make(Self.template)
        // n is required but only relevant when status is on.
        #expect(Scenario(t).answer("status", "off").problems().isEmpty)
        #expect(Scenario(t).answer("status", "on").problems() ==
                ["status is submitted but required relevant questions are unanswered: n"])
        #expect(Scenario(t).answer("status", "on").problems(status: .draft).isEmpty)
    }

    /// Answers are found by their question's position in the template, and
    /// ids it lacks by name: a repeat of either is reported where it stands,
    /// and the first answer is the one checked (`off`, so `n` is not due).
    @Test func repeatedAnswersAreReportedAndTheFirstCounts() throws {
        let t = try TemplateFixture.make(Self.template)
        let s = Scenario(t).answer("status", "off").answer("nope", "x").answer("status", "on")
            .answer("nope", "y").answer("d", "2025-01-01")
        #expect(s.problems() == ["template t has no question 'nope'",
                                 "question 'status' is already answered on line 0",
                                 "question 'nope' is already answered on line 0"])
    }

    @Test func unknownQuestionAndWrongTemplateAreRejected() throws {
        let t = try TemplateFixture.make(Self.template)
        #expect(Scenario(t).answer("status", "off").answer("nope", "x").problems() ==
                ["template t has no question 'nope'"])
        var other = Scenario(t).answer("status", "off").submission()
        other.templateVersion = "2"
        #expect(other.problems(against: t, language: .en).map(\.message) ==
                ["this submission is for template version '2', not '1'"])
    }

    /// A mistyped question id names the question it most likely meant.
    @Test func unknownQuestionSuggestsTheClosestOne() throws {
        let t = try TemplateFixture.make(Self.template)
        #expect(Scenario(t).answer("statsu", "off").problems(status: .draft) ==
                ["template t has no question 'statsu'; did you mean 'status'?"])
        let s = Scenario(t).answer("statsu", "off").submission(status: .draft)
        #expect(s.problems(against: t, language: .id).map(\.message) ==
                ["templat t tidak punya pertanyaan 'statsu'; maksud Anda 'status'?"])
    }

    @Test func singleQuestionTakesOneValue() throws {
        let t = try TemplateFixture.make(Self.template)
        #expect(Scenario(t).answer("status", "on", "off").problems(status: .draft) ==
                ["status: this question takes one value, not 2"])
    }
}
