import PKRICore
import PKRIXML
import Testing

/// An answer document reuses the value of an expression that reads only
/// `${name}` elements (many questions repeat `not(${status} = 'berhenti')`).
/// Reuse must never show a stale value: these are the cases where it would.
@Suite("Expression values reused on the answer document")
struct ExpressionReuseTests {
    /// `count(/answers/*)` reads the whole document: two questions with the
    /// same text must each see the document as it stands for them.
    @Test func anExpressionReadingTheWholeDocumentIsEvaluatedEachTime() throws {
        let t = try TemplateFixture.make("""
          <index id="k"><band id="low" min="0"/></index>
          <section id="s" index="k" weight="1">
            <question id="a" type="single"><option value="x" score="1"/><option value="n"/></question>
            <question id="b" type="single" relevant="count(/answers/*) = 1"><option value="x" score="1"/><option value="n"/></question>
            <question id="c" type="single" relevant="count(/answers/*) = 1"><option value="x" score="1"/><option value="n"/></question>
          </section>
        """)
        let s = Scenario(t).answer("a", "x").answer("b", "x").answer("c", "x")
        #expect(s.question("b")?.relevant == true)
        #expect(s.question("c")?.relevant == false, "b's answer is in the document by then")
        #expect(s.value("k") == 100)
        #expect(s.problems() == [])
    }

    /// Question `z` (stop or go), then `b`, relevant when `relevant` holds.
    static func stopOrGo(relevant: String) throws -> Template {
        try TemplateFixture.make("""
          <index id="k"><band id="low" min="0"/></index>
          <section id="s" index="k" weight="1">
            <question id="z" type="single"><option value="stop"/><option value="go" score="1"/></question>
            <question id="b" type="single" relevant="\(relevant)"><option value="x" score="1"/><option value="n"/></question>
          </section>
        """)
    }

    /// A reused value is forgotten when an element it reads is added, on
    /// any answer document, whatever order its user adds answers in.
    @Test func aReusedValueIsForgottenWhenItsQuestionIsAnswered() throws {
        let t = try Self.stopOrGo(relevant: "${z} = 'stop'")
        let condition = try #require(t.question("b")?.relevant)
        let document = t.engine.makeAnswerDocument()
        #expect(!document.isTrue(condition))
        #expect(!document.isTrue(condition), "asked again")
        document.append(question: "z", text: "stop")
        #expect(document.isTrue(condition))
    }

    /// A value is kept for its expression, not for an address: expressions
    /// of templates already released, one after another on one document
    /// (as the condition tests do), each give their own value. When the
    /// document did not keep them alive, a new expression at a freed one's
    /// address got its value (found by `scripts/sanitize thread`).
    @Test func aReleasedExpressionsValueIsNotGivenToAnother() throws {
        let document = LibXMLExpressionEngine().makeAnswerDocument()
        document.append(question: "z", text: "stop")
        for round in 0..<50 {
            let wanted = round % 2 == 0 ? "stop" : "go"
            let t = try Self.stopOrGo(relevant: "${z} = '\(wanted)'")
            let condition = try #require(t.question("b")?.relevant)
            #expect(document.isTrue(condition) == (wanted == "stop"), "round \(round): ${z} = '\(wanted)'")
        }
    }

    /// Gates repeat a relevance's text; each place gives the right figure.
    @Test func aGateWithTheTextOfARelevanceFiresOnItsOwnDocument() throws {
        let t = try TemplateFixture.make("""
          <index id="k"><band id="low" min="0"/><gate when="not(${z} = 'stop')" value="7"/></index>
          <section id="s" index="k" weight="1">
            <question id="a" type="single"><option value="x" score="1"/><option value="y"/></question>
            <question id="z" type="single"><option value="stop"/><option value="go"/></question>
            <question id="b" type="single" relevant="not(${z} = 'stop')"><option value="x" score="1"/><option value="n"/></question>
          </section>
        """)
        let stopped = Scenario(t).answer("a", "x").answer("z", "stop").answer("b", "x")
        #expect(stopped.question("b")?.relevant == false)
        #expect(stopped.result.index("k")?.gate == nil)
        #expect(stopped.value("k") == 100)
        let going = Scenario(t).answer("a", "y").answer("z", "go").answer("b", "x")
        #expect(going.question("b")?.relevant == true)
        #expect(going.value("k") == 7, "the gate fires")
    }
}

/// Figures with more than six decimals are scored with `Decimal` (the exact
/// integer path keeps millionths); the result is the spec's all the same.
@Suite("Scoring figures beyond millionths")
struct FineFigureTests {
    @Test func aSevenDecimalWeightScoresExactly() throws {
        let t = try TemplateFixture.make("""
          <index id="k"><band id="low" min="0"/></index>
          <section id="s" index="k" weight="1">
            <question id="a" type="single" weight="0.1234567"><option value="x" score="1"/><option value="n"/></question>
            <question id="b" type="single" weight="0.8765433"><option value="x" score="1"/><option value="n"/></question>
          </section>
        """)
        // 100 · 0.1234567 / (0.1234567 + 0.8765433) = 12.34567 → 12.35
        #expect(Scenario(t).answer("a", "x").answer("b", "n").value("k") == dec("12.35"))
        #expect(Scenario(t).answer("a", "n").answer("b", "x").value("k") == dec("87.65"))
    }
}
