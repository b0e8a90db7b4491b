import Foundation
import PKRICore
import Testing

/// One test per rule of the spec's "Scoring" section.
@Suite struct ScoringRuleTests {
    /// Two sections on one index; q1 gates the relevance of q2.
    static let twoSections = """
      <index id="k"><band id="hi" min="70"/><band id="lo" min="0"/></index>
      <section id="s1" index="k" weight="3">
        <question id="status" type="single">
          <option value="on"/><option value="off"/>
        </question>
        <question id="q2" type="single" relevant="${status} = 'on'">
          <option value="a" score="2"/><option value="b" score="1"/><option value="c"/>
        </question>
      </section>
      <section id="s2" index="k" weight="1">
        <question id="n" type="integer">
          <band max="9" score="1"/><band min="10" max="19" score="2"/><band min="30" score="4"/>
        </question>
      </section>
    """

    @Test func relevanceSeesOnlyEarlierAnswers() throws {
        // q1 is relevant only when q2 (a LATER question) is answered: not allowed at load.
        let later = """
          <index id="k"><band id="lo" min="0"/></index>
          <section id="s" index="k" weight="1">
            <question id="q1" type="single" relevant="${q2} = 'a'"><option value="a" score="1"/><option value="b"/></question>
            <question id="q2" type="single"><option value="a" score="1"/><option value="b"/></question>
          </section>
        """
        #expect(throws: DocumentError.self) { try TemplateFixture.make(later) }
        // With the legal order, q2's relevance follows q1's answer.
        let t = try TemplateFixture.make(Self.twoSections)
        #expect(Scenario(t).answer("status", "on").answer("q2", "a").question("q2")?.relevant == true)
        #expect(Scenario(t).answer("status", "off").answer("q2", "a").question("q2")?.relevant == false)
    }

    @Test func notRelevantAnswerIsKeptButIgnored() throws {
        let t = try TemplateFixture.make(Self.twoSections)
        // status off: q2 is not relevant, so s1 has no relevant scored question
        // and only s2 counts: n=15 → 2 of 4 → 50.
        let s = Scenario(t).answer("status", "off").answer("q2", "a").answer("n", "15")
        #expect(s.question("q2")?.earned == 0)
        #expect(s.question("q2")?.shortfall == .notRelevant)
        #expect(s.result.index("k")?.sections.first?.counted == false)
        #expect(s.value("k") == 50)
    }

    @Test func sectionWeightsCombine() throws {
        let t = try TemplateFixture.make(Self.twoSections)
        // s1: b → 1/2, weight 3; s2: n=30 → 4/4, weight 1 → 100·(3·0.5 + 1·1)/4 = 62.5
        let s = Scenario(t).answer("status", "on").answer("q2", "b").answer("n", "30")
        #expect(s.value("k") == dec("62.5"))
        #expect(s.band("k") == "lo")
    }

    @Test func valueInNoBandEarnsNothing() throws {
        let t = try TemplateFixture.make(Self.twoSections)
        // 25 falls between the bands 10–19 and ≥30.
        let s = Scenario(t).answer("status", "on").answer("q2", "a").answer("n", "25")
        #expect(s.question("n")?.earned == 0)
        #expect(s.question("n")?.shortfall == .noBandContains("25"))
        #expect(s.value("k") == 75)  // 100·(3·1 + 1·0)/4
    }

    @Test func evidenceRejectedEarnsZeroButPendingCounts() throws {
        let t = try TemplateFixture.make("""
          <index id="k"><band id="lo" min="0"/></index>
          <section id="s" index="k" weight="1">
            <question id="q" type="single" evidence="required"><option value="a" score="4"/><option value="b" score="1"/></question>
            <question id="r" type="single"><option value="a" score="4"/><option value="b"/></question>
          </section>
        """)
        let pending = Scenario(t).answer("q", "a", evidence: .pending).answer("r", "a")
        #expect(pending.question("q")?.earned == 4)
        #expect(pending.value("k") == 100)
        let rejected = Scenario(t).answer("q", "a", evidence: .rejected).answer("r", "a")
        #expect(rejected.question("q")?.earned == 0)
        #expect(rejected.question("q")?.shortfall == .evidenceRejected)
        #expect(rejected.value("k") == 50)
        let missing = Scenario(t).answer("q", "a").answer("r", "a")
        #expect(missing.question("q")?.shortfall == .evidenceMissing)
        #expect(missing.value("k") == 50)
    }

    @Test func multipleSumsAndCapsAtMaxScore() throws {
        let t = try TemplateFixture.make("""
          <index id="k"><band id="lo" min="0"/></index>
          <section id="s" index="k" weight="1">
            <question id="m" type="multiple" max-score="3">
              <option value="a" score="2"/><option value="b" score="2"/><option value="c" score="1"/>
            </question>
            <question id="u" type="multiple">
              <option value="a" score="2"/><option value="b" score="2"/><option value="c"/>
            </question>
          </section>
        """)
        let s = Scenario(t).answer("m", "a", "b", "c").answer("u", "a", "c")
        #expect(s.question("m")?.max == 3)       // @max-score, not 5
        #expect(s.question("m")?.earned == 3)    // 5 capped at 3
        #expect(s.question("u")?.max == 4)       // sum of positive scores
        #expect(s.question("u")?.earned == 2)
        #expect(s.value("k") == dec("71.43"))    // 100·5/7 = 71.428…
    }

    @Test func indexWithNoCountedSectionHasNoValue() throws {
        let t = try TemplateFixture.make(Self.twoSections)
        // status off (s1 not counted), n unanswered still counts s2 (max 4): value 0, not null.
        #expect(Scenario(t).answer("status", "off").value("k") == 0)
        let onlyChoice = try TemplateFixture.make("""
          <index id="k"><band id="lo" min="0"/></index>
          <section id="s" index="k" weight="1">
            <question id="status" type="single"><option value="on"/><option value="off"/></question>
            <question id="q" type="single" relevant="${status} = 'on'"><option value="a" score="1"/><option value="b"/></question>
          </section>
        """)
        let s = Scenario(onlyChoice).answer("status", "off")
        #expect(s.value("k") == nil)
        #expect(s.band("k") == nil)
    }

    @Test func firstTrueGateWins() throws {
        let t = try TemplateFixture.make("""
          <index id="k">
            <band id="lo" min="0"/>
            <gate when="${status} = 'off'" value="0"/>
            <gate when="${status} = 'off' or ${status} = 'slow'" value="20"/>
          </index>
          <section id="s" index="k" weight="1">
            <question id="status" type="single"><option value="on" score="1"/><option value="slow"/><option value="off"/></question>
          </section>
        """)
        let off = Scenario(t).answer("status", "off").result.index("k")
        #expect(off?.value == 0)
        #expect(off?.gate == 0)
        let slow = Scenario(t).answer("status", "slow").result.index("k")
        #expect(slow?.value == 20)
        #expect(slow?.gate == 1)
        let on = Scenario(t).answer("status", "on").result.index("k")
        #expect(on?.value == 100)
        #expect(on?.gated == false)
    }

    @Test func roundsHalfAwayFromZeroAtTheEnd() throws {
        // 100 · 0.12345 = 12.345 exactly in decimal; binary floating point
        // would give 12.3449999… and round down.
        let t = try TemplateFixture.make("""
          <index id="k"><band id="lo" min="0"/></index>
          <section id="s" index="k" weight="1">
            <question id="q" type="single"><option value="a" score="0.12345"/><option value="b" score="1"/></question>
          </section>
        """)
        #expect(Scenario(t).answer("q", "a").value("k") == dec("12.35"))
    }

    @Test func bandIsChosenFromTheRoundedValue() throws {
        let t = try TemplateFixture.make("""
          <index id="k"><band id="hi" min="70"/><band id="lo" min="0"/></index>
          <section id="s" index="k" weight="1">
            <question id="q" type="single"><option value="a" score="0.69995"/><option value="b" score="1"/></question>
          </section>
        """)
        let s = Scenario(t).answer("q", "a")
        #expect(s.value("k") == 70)     // 69.995 → 70.00
        #expect(s.band("k") == "hi")
    }

    @Test func unscoredQuestionsNeverCount() throws {
        let t = try TemplateFixture.make("""
          <index id="k"><band id="lo" min="0"/></index>
          <section id="s" index="k" weight="1">
            <question id="t" type="text"/>
            <question id="d" type="date"/>
            <question id="z" type="single"><option value="a"/><option value="b"/></question>
            <question id="q" type="decimal"><band max="1.5" score="1"/><band min="1.6" score="3"/></question>
          </section>
        """)
        let s = Scenario(t).answer("t", "apa saja").answer("d", "2025-01-31").answer("z", "a").answer("q", "1.5")
        #expect(s.result.index("k")?.questions.map(\.id) == ["q"])
        #expect(s.value("k") == dec("33.33"))
    }
}
