import Foundation
import PKRICore
import Testing

/// The questionnaire walk that `pkri assess` drives, filled in a few lines.
@Suite struct WalkTests {
    static let template = """
      <index id="k"><band id="lo" min="0"/></index>
      <section id="s" index="k" weight="1">
        <question id="status" type="single" required="true">
          <option value="jalan" score="1"/><option value="henti"/>
        </question>
        <question id="tahun" type="integer" required="true" min="0" max="20" relevant="${status} = 'jalan'"
                  constraint=". &lt;= 10">
          <constraint-message xml:lang="id">Paling lama 10 tahun.</constraint-message>
          <band min="0" score="1"/>
        </question>
        <question id="biaya" type="decimal" relevant="${status} = 'jalan'"><band min="0" score="1"/></question>
        <question id="mitra" type="multiple">
          <option value="swasta" score="1"/><option value="kampus" score="1"/><option value="lsm" score="1"/>
        </question>
        <question id="catatan" type="text"/>
      </section>
    """

    func walk() throws -> Walk {
        var w = Walk(template: try TemplateFixture.make(Self.template), answers: [])
        w.resume()
        return w
    }

    @Test func startsAtTheFirstQuestionAndCountsRelevantOnes() throws {
        let w = try walk()
        #expect(w.currentQuestion?.id == "status")
        #expect(w.progress.number == 1)
        // Unanswered, status makes every comparison false: tahun and biaya
        // are not relevant until it is answered.
        #expect(w.progress.of == 3)
        #expect(w.openRequired.map(\.id) == ["status"])
    }

    @Test func relevanceChangesTheWalkLive() throws {
        var w = try walk()
        #expect(w.answer(["henti"]) == .accepted)
        #expect(w.progress.of == 3)          // tahun and biaya drop out
        w.advance()
        #expect(w.currentQuestion?.id == "mitra")
        w.back()
        #expect(w.answer(["jalan"]) == .accepted)
        w.advance()
        #expect(w.currentQuestion?.id == "tahun")
        #expect(w.progress.of == 5)
    }

    /// A document must match an option byte for byte, but a keyboard may
    /// send `é` decomposed: typed text canonically equal to an option becomes
    /// the option as written.
    @Test func typedDecomposedTextBecomesTheOptionAsWritten() throws {
        let template = try TemplateFixture.make("""
          <index id="k"><band id="lo" min="0"/></index>
          <section id="s" index="k" weight="1">
            <question id="q" type="multiple"><option value="caf\u{E9}" score="1"/><option value="b" score="1"/></question>
          </section>
        """)
        let q = try #require(template.questions.first)
        #expect(q.values(fromTyped: "cafe\u{301}").map { Array($0.utf8) } == [Array("caf\u{E9}".utf8)])
        #expect(q.values(fromTyped: "b cafe\u{301}").map { Array($0.utf8) } == [Array("b".utf8), Array("caf\u{E9}".utf8)])
        #expect(q.check(["cafe\u{301}"]) == .failure(.unknownOption("cafe\u{301}")))
    }

    @Test func typedAnswersAreCheckedAndExplained() throws {
        var w = try walk()
        let status = try #require(w.currentQuestion)
        #expect(status.values(fromTyped: "1") == ["jalan"])        // option number
        #expect(w.answer(status.values(fromTyped: "3")) == .invalid(.unknownOption("3")))
        #expect(w.answer([]) == .requiredButEmpty)
        #expect(w.answer(status.values(fromTyped: "1")) == .accepted)
        w.advance()
        let tahun = try #require(w.currentQuestion)
        #expect(w.answer(tahun.values(fromTyped: "dua")) == .invalid(.notInteger("dua")))
        #expect(w.answer(tahun.values(fromTyped: "25")) == .invalid(.aboveMaximum("25", max: 20)))
        guard case .constraintViolated(let message) = w.answer(tahun.values(fromTyped: "12")) else {
            Issue.record("constraint must be checked"); return
        }
        #expect(message?.text("id") == "Paling lama 10 tahun.")
        #expect(w.answer(tahun.values(fromTyped: "7")) == .accepted)
        w.advance()
        let biaya = try #require(w.currentQuestion)
        #expect(biaya.values(fromTyped: "12,5") == ["12.5"])           // decimal comma
        #expect(w.answer(biaya.values(fromTyped: "12,5")) == .accepted)
        w.advance()
        let mitra = try #require(w.currentQuestion)
        #expect(mitra.values(fromTyped: "1,3") == ["swasta", "lsm"])
        #expect(mitra.values(fromTyped: "swasta kampus") == ["swasta", "kampus"])
        #expect(w.answer(mitra.values(fromTyped: "1,1")) == .invalid(.repeatedOption("swasta")))
    }

    /// An option's value in another case is that option, unless two
    /// options differ only in case.
    @Test func typedOptionValuesMatchInAnyCaseWhenUnambiguous() throws {
        let template = try TemplateFixture.make("""
          <index id="k"><band id="lo" min="0"/></index>
          <section id="s" index="k" weight="1">
            <question id="q" type="single"><option value="rpjmd" score="1"/><option value="A" score="1"/><option value="a"/></question>
          </section>
        """)
        let q = try #require(template.questions.first)
        #expect(q.values(fromTyped: "RPJMD") == ["rpjmd"])
        #expect(q.values(fromTyped: "Rpjmd") == ["rpjmd"])
        #expect(q.values(fromTyped: "a") == ["a"])          // exact wins
        #expect(q.values(fromTyped: "A") == ["A"])
        #expect(q.check(["RPJMD"]) == .failure(.unknownOption("RPJMD")))   // documents stay exact
    }

    /// A number grouped by the language's thousands separator is never
    /// guessed; the other separator is a decimal mark.
    @Test func thousandsSeparatorsAreRefusedWithTheDigits() throws {
        let w = try walk()
        let tahun = try #require(w.template.question("tahun"))
        let biaya = try #require(w.template.question("biaya"))
        #expect(biaya.read(typed: "12.500", language: .id) == .failure(.thousandsSeparator("12.500", digits: "12500")))
        #expect(biaya.read(typed: "1.234.567", language: .id) == .failure(.thousandsSeparator("1.234.567", digits: "1234567")))
        #expect(biaya.read(typed: "12,500", language: .id) == .success(["12.500"]))
        #expect(biaya.read(typed: "0.125", language: .id) == .success(["0.125"]))
        #expect(biaya.read(typed: "12.5", language: .id) == .success(["12.5"]))
        #expect(biaya.read(typed: "12,500", language: .en) == .failure(.thousandsSeparator("12,500", digits: "12500")))
        #expect(biaya.read(typed: "12.500", language: .en) == .success(["12.500"]))
        #expect(tahun.read(typed: "-1.000", language: .id) == .failure(.thousandsSeparator("-1.000", digits: "-1000")))
        let status = try #require(w.template.question("status"))
        #expect(status.read(typed: "1.000", language: .id) == .success(["1.000"]))   // not a number question
    }

    @Test func numbersInMessagesAreWrittenAsTheLanguageWritesThem() {
        #expect(AnswerProblem.notInteger("3.5").message(.id, localNumbers: true) == "'3,5' bukan bilangan bulat")
        #expect(AnswerProblem.notInteger("3.5").message(.id) == "'3.5' bukan bilangan bulat")
        #expect(AnswerProblem.notInteger("dua").message(.id, localNumbers: true) == "'dua' bukan bilangan bulat")
        #expect(AnswerProblem.belowMinimum("0.1", min: Decimal(string: "0.5")!).message(.id, localNumbers: true)
                    == "0,1 lebih kecil dari batas bawah 0,5")
        #expect(AnswerProblem.belowMinimum("0.1", min: Decimal(string: "0.5")!).message(.en, localNumbers: true)
                    == "0.1 is below the minimum 0.5")
    }

    @Test func emptyLineKeepsAnAnswerOrSkipsAnOptionalQuestion() throws {
        var w = try walk()
        _ = w.answer(["jalan"])
        #expect(w.answer([]) == .kept)
        w.go(to: "mitra")
        #expect(w.answer([]) == .skipped)
    }

    @Test func goToByIdOrNumberOnlyReachesRelevantQuestions() throws {
        var w = try walk()
        _ = w.answer(["henti"])
        let toIrrelevant = w.go(to: "tahun")
        #expect(toIrrelevant == false)     // not relevant now
        let toNumber = w.go(to: "2")
        #expect(toNumber)
        #expect(w.currentQuestion?.id == "mitra")
        let toID = w.go(to: "catatan")
        #expect(toID)
        w.advance()
        #expect(w.position == .end)
    }

    @Test func resumeFindsTheFirstUnansweredQuestion() throws {
        let t = try TemplateFixture.make(Self.template)
        var w = Walk(template: t, answers: [Answer(question: "status", values: ["jalan"])])
        w.resume()
        #expect(w.currentQuestion?.id == "tahun")
    }

    @Test func typedInputTellsCommandsFromAnswers() {
        #expect(TypedInput(":back") == .command(.back))
        #expect(TypedInput(":goto tahun") == .command(.goTo("tahun")))
        #expect(TypedInput(":note perlu dicek") == .command(.note("perlu dicek")))
        #expect(TypedInput("::rahasia") == .answer(":rahasia"))
        #expect(TypedInput("  jalan ") == .answer("jalan"))
        #expect(TypedInput(":frobnicate") == .command(.unknown("frobnicate")))
    }
}
