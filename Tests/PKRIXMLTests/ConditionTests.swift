import PKRICore
import PKRIXML
import Testing

/// Expressions (spec, "Expressions") evaluated on answer documents.
/// Conditions are compiled the only public way, by loading a template.
@Suite("Conditions on the answer document")
struct ConditionTests {
    typealias F = MinimalTemplate

    /// Questions every expression may name: `a` single (x, y, v), `m`
    /// multiple (a, b, c), `n` decimal, `d` date, `t` text.
    static let earlier = [
        F.question("single", #"id="a""#, F.options("x", "y", "v", scores: [1])),
        F.question("multiple", #"id="m""#, F.options("a", "b", "c", scores: [1, 1, 1])),
        F.question("decimal", #"id="n""#),
        F.question("date", #"id="d""#),
        F.question("text", #"id="t""#),
    ]

    static func escaped(_ expression: String) -> String {
        expression.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// `expression` as the `relevant` of a question after the others.
    static func relevant(_ expression: String) throws -> Condition {
        let probe = F.question("text", #"id="probe" relevant="\#(escaped(expression))""#)
        let t = try TemplateLoader(language: .en).load(F.template(sections: [F.section(attributes: #"id="s" index="i" weight="1""#, earlier + [probe])]).bytes, file: "c.xml").template
        return try #require(t.question("probe")?.relevant)
    }

    /// `expression` as the `constraint` of question `c` of `type`.
    static func constraint(_ expression: String, type: String = "decimal") throws -> Condition {
        let body = type == "multiple" ? F.options("a", "b", "c") : ""
        let c = F.question(type, #"id="c" constraint="\#(escaped(expression))""#, body)
        let t = try TemplateLoader(language: .en).load(F.template(sections: [F.section(attributes: #"id="s" index="i" weight="1""#, earlier + [c])]).bytes, file: "c.xml").template
        return try #require(t.question("c")?.constraint)
    }

    /// An answer document holding `answers` in the given (template) order.
    static func answers(_ answers: (String, String)...) -> any AnswerDocument {
        let doc = LibXMLExpressionEngine().makeAnswerDocument()
        for (id, text) in answers { doc.append(question: id, text: text) }
        return doc
    }

    // MARK: - Comparisons and unanswered questions

    @Test func equalityOnAnAnswer() throws {
        let doc = Self.answers(("a", "x"))
        #expect(doc.isTrue(try Self.relevant("${a} = 'x'")))
        #expect(!doc.isTrue(try Self.relevant("${a} = 'y'")))
    }

    /// The spec: an unanswered question has no element, so every comparison
    /// with it is false — `!=` included; `not(… = …)` is the way to say
    /// "not answered v".
    @Test func unansweredQuestionMakesEveryComparisonFalse() throws {
        let doc = Self.answers(("n", "3"))
        #expect(!doc.isTrue(try Self.relevant("${a} = 'v'")))
        #expect(!doc.isTrue(try Self.relevant("${a} != 'v'")))
        #expect(doc.isTrue(try Self.relevant("not(${a} = 'v')")))
        #expect(!doc.isTrue(try Self.relevant("${t} = ''")))
    }

    @Test func answeredOtherValue() throws {
        let doc = Self.answers(("a", "x"))
        #expect(doc.isTrue(try Self.relevant("${a} != 'v'")))
        #expect(doc.isTrue(try Self.relevant("not(${a} = 'v')")))
    }

    @Test func numbersCompareAsNumbers() throws {
        let ten = Self.answers(("n", "10"))
        #expect(ten.isTrue(try Self.relevant("${n} >= 10")))
        #expect(!ten.isTrue(try Self.relevant("${n} > 10")))
        #expect(ten.isTrue(try Self.relevant("${n} = 10.0")))
        let fraction = Self.answers(("n", "9.5"))
        #expect(fraction.isTrue(try Self.relevant("${n} < 10 and ${n} + 1 = 10.5")))
    }

    @Test func datesCompareAsText() throws {
        let doc = Self.answers(("d", "2025-06-30"))
        #expect(doc.isTrue(try Self.relevant("${d} = '2025-06-30'")))
        #expect(doc.isTrue(try Self.relevant("substring(${d}, 1, 4) = '2025'")))
    }

    /// Answers stand in template order under `<answers>`.
    @Test func answersStandInOrderUnderAnswers() throws {
        let doc = Self.answers(("a", "x"), ("n", "4"))
        #expect(doc.isTrue(try Self.relevant("name(/*) = 'answers' and name(/answers/*[1]) = 'a' and count(/answers/*) = 2")))
    }

    // MARK: - selected() and count-selected()

    @Test func selectedFindsWholeValues() throws {
        let doc = Self.answers(("m", "a c"))
        #expect(doc.isTrue(try Self.relevant("selected(${m}, 'a')")))
        #expect(doc.isTrue(try Self.relevant("selected(${m}, 'c')")))
        #expect(!doc.isTrue(try Self.relevant("selected(${m}, 'b')")))
        // A value, not a substring of the answer.
        #expect(!doc.isTrue(try Self.relevant("selected(${m}, 'a c')")))
        #expect(!doc.isTrue(try Self.relevant("selected(${m}, ' ')")))
    }

    @Test func selectedOnSingleAnswer() throws {
        let doc = Self.answers(("a", "x"))
        #expect(doc.isTrue(try Self.relevant("selected(${a}, 'x')")))
        #expect(!doc.isTrue(try Self.relevant("selected(${a}, 'y')")))
    }

    @Test func selectedOnUnansweredIsFalse() throws {
        let doc = Self.answers()
        #expect(!doc.isTrue(try Self.relevant("selected(${m}, 'a')")))
        #expect(doc.isTrue(try Self.relevant("not(selected(${m}, 'a'))")))
    }

    @Test(arguments: [("a b c", 3), ("b", 1)])
    func countSelected(answer: String, count: Int) throws {
        let doc = Self.answers(("m", answer))
        #expect(doc.isTrue(try Self.relevant("count-selected(${m}) = \(count)")))
        #expect(!doc.isTrue(try Self.relevant("count-selected(${m}) = \(count + 1)")))
    }

    @Test func countSelectedOfUnansweredIsZero() throws {
        #expect(Self.answers().isTrue(try Self.relevant("count-selected(${m}) = 0")))
    }

    // MARK: - Constraints and `.`

    @Test func constraintSeesTheProposedAnswerAsDot() throws {
        let c = try Self.constraint(". <= 100")
        let doc = Self.answers()
        #expect(doc.isTrue(c, proposing: "100", for: "c"))
        #expect(!doc.isTrue(c, proposing: "100.5", for: "c"))
    }

    @Test func constraintComparesWithAnEarlierAnswer() throws {
        let c = try Self.constraint(". > ${n}")
        let doc = Self.answers(("n", "10"))
        #expect(doc.isTrue(c, proposing: "11", for: "c"))
        #expect(!doc.isTrue(c, proposing: "10", for: "c"))
    }

    /// `.` is an element named by the question's id, inside `<answers>`.
    @Test func dotStandsAsInTheAnswerDocument() throws {
        let c = try Self.constraint("local-name(.) = 'c' and name(..) = 'answers' and count(../*) = 2")
        #expect(Self.answers(("a", "x")).isTrue(c, proposing: "1", for: "c"))
    }

    /// Checking a constraint does not leave the proposed answer behind.
    @Test func proposedAnswerIsNotKept() throws {
        let c = try Self.constraint(". >= 0")
        let doc = Self.answers(("a", "x"))
        #expect(doc.isTrue(c, proposing: "5", for: "c"))
        #expect(doc.isTrue(try Self.relevant("count(/answers/*) = 1")))
    }

    @Test func textConstraint() throws {
        let c = try Self.constraint("string-length(.) <= 5", type: "text")
        let doc = Self.answers()
        #expect(doc.isTrue(c, proposing: "abcde", for: "c"))
        #expect(!doc.isTrue(c, proposing: "abcdef", for: "c"))
    }

    @Test func multipleConstraintCountsSelected() throws {
        let c = try Self.constraint("count-selected(.) <= 2", type: "multiple")
        let doc = Self.answers()
        #expect(doc.isTrue(c, proposing: "a b", for: "c"))
        #expect(!doc.isTrue(c, proposing: "a b c", for: "c"))
    }
}
