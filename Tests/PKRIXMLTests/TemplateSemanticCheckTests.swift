import PKRICore
import PKRIXML
import Testing

/// One test per semantic check of the spec ("Semantic checks at load"), each
/// on a minimal template with one mistake. `⟦n⟧` marks where the error must
/// point: the attribute at fault, or the `<` of the element at fault.
@Suite("Template semantic checks")
struct TemplateSemanticCheckTests {
    typealias F = MinimalTemplate

    @Test func minimalTemplateLoadsClean() {
        LoadOutcome(F.template()).expectClean()
    }

    // MARK: - Attributes as the schema reads them

    /// Token, decimal and boolean attributes are valid with white space
    /// around them (the schema collapses it) and are read the same way, not
    /// as an unknown type, an open band or a missing option.
    @Test func attributesAreReadCollapsedLikeTheSchema() throws {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.question(" integer&#10;", #"id=" n " required=" true" evidence="optional&#9;""#,
                       #"<band min=" 10 " max="20&#10;" score=" 1"/>"#),
            F.question("single", #"id="s""#, F.options(" a ", "b", scores: [1, 0])))]))
        #expect(out.diagnostics.isEmpty, "\(out.diagnostics)")
        let questions = try #require(out.template).questions
        #expect(questions.map(\.id) == ["n", "s"])
        #expect(questions.first?.kind == .integer)
        #expect(questions.first?.required == true)
        #expect(questions.first?.evidence == .optional)
        #expect(questions.first?.bands.map(\.min) == [10])
        #expect(questions.first?.bands.map(\.max) == [20])
        #expect(questions.last?.option("a")?.score == 1)
    }

    // MARK: - Unique ids

    @Test func duplicateIndexID() {
        let out = LoadOutcome(F.template(indices: [F.index(#"⟦1⟧id="i""#), F.index(#"⟦2⟧id="i""#)]))
        out.expectOnlyError("index 'i' is already used on line \(out.source[1].line)", at: 2)
    }

    @Test func duplicateSectionID() {
        let out = LoadOutcome(F.template(sections: [
            F.section(attributes: #"⟦1⟧id="s" index="i" weight="1""#, F.single(#"id="q1""#)),
            F.section(attributes: #"⟦2⟧id="s" index="i" weight="1""#, F.single(#"id="q2""#)),
        ]))
        out.expectOnlyError("section 's' is already used on line \(out.source[1].line)", at: 2)
    }

    /// Question ids are unique in the whole template, not per section.
    @Test func duplicateQuestionIDAcrossSections() {
        let out = LoadOutcome(F.template(sections: [
            F.section(attributes: #"id="s1" index="i" weight="1""#, F.single(#"⟦1⟧id="q1""#)),
            F.section(attributes: #"id="s2" index="i" weight="1""#, F.single(#"⟦2⟧id="q1""#)),
        ]))
        out.expectOnlyError("question 'q1' is already used on line \(out.source[1].line)", at: 2)
    }

    @Test func duplicateOptionValue() {
        let out = LoadOutcome(F.template(sections: [F.section("""
            <question id="q1" type="single"><label xml:lang="en">Q</label>
                  ⟦1⟧<option value="a" score="1"><label xml:lang="en">A</label></option>
                  <option ⟦2⟧value="a"><label xml:lang="en">A again</label></option>
                </question>
            """)]))
        out.expectOnlyError("option value 'a' is already used on line \(out.source[1].line)", at: 2)
    }

    /// The same option value in two questions is fine: unique within its question.
    @Test func sameOptionValueInTwoQuestionsIsFine() {
        LoadOutcome(F.template(sections: [F.section(F.single(#"id="q1""#), F.single(#"id="q2""#))]))
            .expectClean()
    }

    @Test func duplicateBandIDInIndex() {
        let out = LoadOutcome(F.template(indices: [F.index(bands: [
            F.band(#"⟦1⟧id="b" min="50""#), F.band(#"⟦2⟧id="b" min="0""#),
        ])]))
        out.expectOnlyError("band 'b' is already used on line \(out.source[1].line)", at: 2)
    }

    /// Band ids are unique within one index only.
    @Test func sameBandIDInTwoIndicesIsFine() {
        LoadOutcome(F.template(
            indices: [F.index(#"id="i""#), F.index(#"id="j""#)],
            sections: [
                F.section(attributes: #"id="s1" index="i" weight="1""#, F.single(#"id="q1""#)),
                F.section(attributes: #"id="s2" index="j" weight="1""#, F.single(#"id="q2""#)),
            ])).expectClean()
    }

    /// `0` and `0.00` are the same decimal number, so the same `min`.
    @Test func duplicateBandMin() {
        let out = LoadOutcome(F.template(indices: [F.index(bands: [
            F.band(#"id="low" ⟦1⟧min="0""#), F.band(#"id="zero" ⟦2⟧min="0.00""#),
        ])]))
        out.expectOnlyError("a band with min=0 already stands on line \(out.source[1].line)", at: 2)
    }

    // MARK: - References between ids

    @Test func sectionNamesUnknownIndex() {
        let out = LoadOutcome(F.template(sections: [
            F.section(attributes: #"id="s1" index="i" weight="1""#, F.single(#"id="q1""#)),
            F.section(attributes: #"id="s2" ⟦1⟧index="nope" weight="1""#, F.single(#"id="q2""#)),
        ]))
        out.expectOnlyError("section 's2' names index 'nope', which does not exist", at: 1)
    }

    @Test func relevantNamesUnknownQuestion() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#), F.single(#"id="q2" ⟦1⟧relevant="${nope} = 'a'""#))]))
        out.expectOnlyError("relevant: ${nope} is not a question of this template", at: 1)
    }

    /// A mistyped reference names the earlier question it most likely
    /// meant, never a later one (which it may not name).
    @Test func unknownReferenceSuggestsTheClosestEarlierQuestion() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="status""#), F.single(#"id="q2" ⟦1⟧relevant="${stauts} = 'a'""#),
            F.single(#"id="q3" ⟦2⟧relevant="${q4} = 'a'""#), F.single(#"id="q4""#))]))
        #expect(out.errors.map(\.message) == [
            "relevant: ${stauts} is not a question of this template; did you mean ${status}?",
            "relevant: ${q4} refers to a question that comes later (or to itself); only earlier questions may be used",
        ])
        #expect(out.errors.map(\.location) == [out.location(1), out.location(2)])
        let id = LoadOutcome(out.source, language: .id)
        #expect(id.errors.first?.message == "relevant: ${stauts} bukan pertanyaan templat ini; maksud Anda ${status}?")
    }

    @Test func relevantNamesLaterQuestion() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1" ⟦1⟧relevant="${q2} = 'a'""#), F.single(#"id="q2""#))]))
        out.expectOnlyError(
            "relevant: ${q2} refers to a question that comes later (or to itself); only earlier questions may be used",
            at: 1)
    }

    /// "Earlier" is document order across sections, too.
    @Test func relevantNamesQuestionOfLaterSection() {
        let out = LoadOutcome(F.template(sections: [
            F.section(attributes: #"id="s1" index="i" weight="1""#, F.single(#"id="q1" ⟦1⟧relevant="${q2} = 'a'""#)),
            F.section(attributes: #"id="s2" index="i" weight="1""#, F.single(#"id="q2""#)),
        ]))
        out.expectOnlyError(
            "relevant: ${q2} refers to a question that comes later (or to itself); only earlier questions may be used",
            at: 1)
    }

    @Test func relevantNamesItself() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1" ⟦1⟧relevant="${q1} = 'a'""#))]))
        out.expectOnlyError(
            "relevant: ${q1} refers to a question that comes later (or to itself); only earlier questions may be used",
            at: 1)
    }

    @Test func relevantNamesEarlierQuestionOfEarlierSection() {
        LoadOutcome(F.template(sections: [
            F.section(attributes: #"id="s1" index="i" weight="1""#, F.single(#"id="q1""#)),
            F.section(attributes: #"id="s2" index="i" weight="1""#, F.single(#"id="q2" relevant="${q1} = 'a'""#)),
        ])).expectClean()
    }

    @Test func constraintNamesUnknownQuestion() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#), F.question("integer", #"id="n" ⟦1⟧constraint=". &lt; ${nope}""#))]))
        out.expectOnlyError("constraint: ${nope} is not a question of this template", at: 1)
    }

    @Test func constraintNamesLaterQuestion() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#),
            F.question("integer", #"id="n1" ⟦1⟧constraint=". &lt; ${n2}""#),
            F.question("integer", #"id="n2""#))]))
        out.expectOnlyError(
            "constraint: ${n2} refers to a question that comes later (or to itself); only earlier questions may be used",
            at: 1)
    }

    /// A constraint names its own answer `.`, never `${self}`.
    @Test func constraintNamesItself() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#), F.question("integer", #"id="n" ⟦1⟧constraint="${n} &gt;= 0""#))]))
        out.expectOnlyError(
            "constraint: ${n} refers to a question that comes later (or to itself); only earlier questions may be used",
            at: 1)
    }

    /// The gate stands before every question in document order; it may still
    /// name any of them.
    @Test func gateMayNameLaterQuestion() {
        let out = LoadOutcome(F.template(indices: [F.index(gates: [#"<gate when="${q1} = 'b'" value="0"/>"#])]))
        out.expectClean()
        #expect(out.template?.indices.first?.gates.first?.when.references == ["q1"])
    }

    @Test func gateNamesUnknownQuestion() {
        let out = LoadOutcome(F.template(indices: [F.index(gates: [#"<gate ⟦1⟧when="${nope} = 'b'" value="0"/>"#])]))
        out.expectOnlyError("when: ${nope} is not a question of this template", at: 1)
    }

    // MARK: - Expressions compile

    @Test func expressionDoesNotCompile() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#), F.single(#"id="q2" ⟦1⟧relevant="${q1} = = 'a'""#))]))
        #expect(out.template == nil)
        #expect(out.errors.count == 1)
        #expect(out.errors.first?.message.hasPrefix("relevant: invalid XPath expression at character 9, at \"= 'a'\" (") == true,
                "\(out.errors)")
        #expect(out.errors.first?.location == out.location(1))
    }

    /// `==`, as other languages write it: where libxml2 stopped, in the
    /// expression as written (after `${…}`, which the XPath spells
    /// differently), and what XPath writes instead.
    @Test func doubleEqualsSaysWhereAndThatXPathUsesOneEquals() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="status""#), F.single(#"id="q2" ⟦1⟧relevant="${status} == 'a' or ${status} = 'b'""#))]))
        out.expectOnlyError("relevant: invalid XPath expression at character 12, at \"= 'a' or ${s…\" (Invalid expression); "
                            + "XPath compares with '=' (and '!=' for not equal), not '=='", at: 1)
        let id = LoadOutcome(out.source, language: .id)
        #expect(id.errors.map(\.message) == [
            "relevant: ekspresi XPath tidak sah pada karakter ke-12, di \"= 'a' or ${s…\" (ekspresi tidak sah); "
                + "XPath membandingkan dengan '=' (dan '!=' untuk tidak sama), bukan '=='",
        ])
    }

    /// `&&` and `||`, an unfinished expression, and a position past a
    /// non-ASCII character (counted as one character, not as its bytes).
    @Test func otherSlipsAndPositions() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#),
            F.single(#"id="q2" ⟦1⟧relevant="${q1} = 'a' &amp;&amp; ${q1} = 'b'""#),
            F.single(#"id="q3" ⟦2⟧relevant="${q1} = 'a' or (""#),
            F.single(#"id="q4" ⟦3⟧relevant="${q1} = 'é' = ) 'b'""#))]))
        #expect(out.errors.map(\.location) == [out.location(1), out.location(2), out.location(3)])
        #expect(out.errors.map(\.message) == [
            "relevant: invalid XPath expression at character 13, at \"&& ${q1} = '…\" (Invalid expression); XPath writes 'and', not '&&'",
            "relevant: invalid XPath expression: it ends too soon (Invalid expression)",
            "relevant: invalid XPath expression at character 15, at \") 'b'\" (Invalid expression)",
        ])
    }

    /// A mistyped `type` is the schema's error, once: its options are not
    /// also reported as wrong for some other type.
    @Test func mistypedTypeIsOneError() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#),
            F.question("singel", #"id="q2" min="1""#, F.options("a", "b", scores: [1, 0])))]))
        #expect(out.template == nil)
        #expect(out.errors.count == 1, "\(out.errors)")
        #expect(out.errors.first?.message.contains("'singel'") == true, "\(out.errors)")
    }

    /// libxml2 leaves the text of an XPath error empty and gives only its
    /// code; the author must still read what is wrong (libxml2's own words
    /// for these codes are "Invalid expression" and "Invalid number of arguments").
    @Test func xpathErrorsSayWhatIsWrong() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#),
            F.single(#"id="q2" ⟦1⟧relevant="${q1} = = 'a'""#),
            F.single(#"id="q3" ⟦2⟧relevant="selected(${q1})""#))]))
        #expect(out.errors.map(\.location) == [out.location(1), out.location(2)])
        #expect(out.errors.map(\.message) == [
            "relevant: invalid XPath expression at character 9, at \"= 'a'\" (Invalid expression)",
            "relevant: the expression fails to evaluate (Invalid number of arguments)",
        ])
        #expect(LoadOutcome(out.source, language: .id).errors.map(\.message) == [
            "relevant: ekspresi XPath tidak sah pada karakter ke-9, di \"= 'a'\" (ekspresi tidak sah)",
            "relevant: ekspresi gagal dievaluasi (jumlah argumen salah)",
        ])
    }

    @Test func unknownFunction() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#), F.single(#"id="q2" ⟦1⟧relevant="choose(${q1}, 'a')""#))]))
        out.expectOnlyError("relevant: unknown function choose()", at: 1)
    }

    /// libxml2 only finds a wrong argument count when it runs the expression;
    /// the loader must still report it at load.
    @Test func wrongArgumentCountOfSpecFunction() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#), F.single(#"id="q2" ⟦1⟧relevant="selected(${q1})""#))]))
        #expect(out.template == nil)
        #expect(out.errors.count == 1)
        #expect(out.errors.first?.message.hasPrefix("relevant: the expression fails to evaluate (") == true,
                "\(out.errors)")
        #expect(out.errors.first?.location == out.location(1))
    }

    @Test func variableWithoutBraces() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#), F.single(#"id="q2" ⟦1⟧relevant="$q1 = 'a'""#))]))
        out.expectOnlyError("relevant: unknown variable $q1; write ${q1} to refer to a question", at: 1)
    }

    @Test func referenceWithoutClosingBrace() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#), F.single(#"id="q2" ⟦1⟧relevant="${q1 = 'a'""#))]))
        out.expectOnlyError("relevant: '${' without a closing '}'", at: 1)
    }

    /// `${…}` inside a string literal is text, not a reference.
    @Test func referenceInsideStringLiteralIsText() {
        LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#), F.single(#"id="q2" relevant="${q1} != '${nope}'""#))])).expectClean()
    }

    // MARK: - Numeric bounds and bands

    @Test func questionMinAboveMax() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#), F.question("integer", #"id="n" ⟦1⟧min="10" max="5""#))]))
        out.expectOnlyError("min 10 is greater than max 5", at: 1)
    }

    @Test func questionMinEqualToMaxIsFine() {
        LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#), F.question("decimal", #"id="n" min="2.5" max="2.50""#))])).expectClean()
    }

    @Test func bandMinAboveMax() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.question("integer", #"id="n""#, #"<band ⟦1⟧min="10" max="5" score="1"/>"#))]))
        out.expectOnlyError("min 10 is greater than max 5", at: 1)
    }

    @Test func overlappingNumericBands() {
        let out = LoadOutcome(F.template(sections: [F.section("""
            <question id="n" type="integer"><label xml:lang="en">N</label>
                  ⟦1⟧<band max="200" score="1"/>
                  ⟦2⟧<band min="200" max="500" score="2"/>
                </question>
            """)]))
        // Both ends are inclusive: 200 lies in both bands.
        out.expectOnlyError("this band overlaps the band on line \(out.source[1].line)", at: 2)
    }

    /// Two bands open upwards always overlap.
    @Test func overlappingOpenEndedBands() {
        let out = LoadOutcome(F.template(sections: [F.section("""
            <question id="n" type="decimal"><label xml:lang="en">N</label>
                  ⟦1⟧<band min="100" score="1"/>
                  ⟦2⟧<band min="500" score="2"/>
                </question>
            """)]))
        out.expectOnlyError("this band overlaps the band on line \(out.source[1].line)", at: 2)
    }

    /// Bands written out of value order, one reversed: each finding names
    /// the earlier band overlapped, in document order.
    @Test func bandFindingsAreInDocumentOrder() {
        let out = LoadOutcome(F.template(sections: [F.section("""
            <question id="n" type="integer"><label xml:lang="en">N</label>
                  ⟦1⟧<band min="50" max="100" score="1"/>
                  ⟦2⟧<band min="0" max="10" score="1"/>
                  <band ⟦3⟧min="30" max="20" score="1"/>
                  ⟦4⟧<band min="60" max="70" score="2"/>
                  ⟦5⟧<band min="5" max="5" score="2"/>
                </question>
            """)]))
        #expect(out.errors.map(\.message) == [
            "min 30 is greater than max 20",
            "this band overlaps the band on line \(out.source[1].line)",
            "this band overlaps the band on line \(out.source[2].line)",
        ])
        #expect(out.errors.map(\.location) == [3, 4, 5].map { out.location($0) })
    }

    @Test func touchingBandsAreFine() {
        LoadOutcome(F.template(sections: [F.section("""
            <question id="n" type="integer"><label xml:lang="en">N</label>
                  <band max="200" score="1"/>
                  <band min="201" max="500" score="2"/>
                  <band min="501" score="3"/>
                </question>
            """, """
            <question id="d" type="decimal"><label xml:lang="en">D</label>
                  <band min="501" score="3"/>
                  <band max="200" score="1"/>
                  <band min="200.01" max="500" score="2"/>
                </question>
            """)])).expectClean()
    }

    // MARK: - Structure

    @Test func indexWithNoSection() {
        let out = LoadOutcome(F.template(indices: [F.index(#"id="i""#), F.index(#"⟦1⟧id="j""#)]))
        out.expectOnlyError("index 'j' has no section; nothing can score it", at: 1)
    }

    /// The schema requires `question+`; the problem is reported once, at the section.
    @Test func sectionWithNoQuestion() {
        let out = LoadOutcome(F.template(sections: [
            F.section(F.single(#"id="q1""#)),
            F.section(attributes: #"⟦1⟧id="s2" index="i" weight="1""#),
        ]))
        #expect(out.template == nil)
        #expect(out.errors.count == 1, "\(out.errors)")
        #expect(out.errors.first?.message.hasPrefix("<section>: Missing child element(s)") == true, "\(out.errors)")
        #expect(out.errors.allSatisfy { $0.location.line == out.source[1].line }, "\(out.errors)")
    }

    @Test func scoredQuestionWithWeightZero() {
        let out = LoadOutcome(F.template(sections: [F.section(F.single(#"id="q1" ⟦1⟧weight="0""#))]))
        out.expectOnlyError("scored question 'q1' has weight 0; give it a weight above 0 or remove its scores", at: 1)
    }

    /// Weight 0 is allowed on a question that is never scored (rule 1).
    @Test func unscoredQuestionWithWeightZeroIsFine() {
        LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#),
            F.question("single", #"id="q2" weight="0""#, F.options("x", "y")),
            F.question("text", #"id="t" weight="0""#))])).expectClean()
    }

    @Test func indexWithoutBandAtZero() {
        let out = LoadOutcome(F.template(indices: [F.index(#"⟦1⟧id="i""#, bands: [
            F.band(#"id="high" min="50""#), F.band(#"id="mid" min="0.01""#),
        ])]))
        out.expectOnlyError(#"index 'i' has no band with min="0"; low values would fall in no band"#, at: 1)
    }

    @Test func unreachableBandIsOnlyAWarning() {
        let out = LoadOutcome(F.template(indices: [F.index(bands: [
            F.lowBand, F.band(#"id="top" ⟦1⟧min="100.5""#),
        ])]))
        #expect(out.template != nil, "a warning must not stop the load: \(out.errors)")
        #expect(out.errors.isEmpty)
        #expect(out.warnings.count == 1)
        #expect(out.warnings.first?.message == "band 'top' can never be reached: min 100.5 is above the scale 100")
        #expect(out.warnings.first?.location == out.location(1))
    }

    /// The scale itself is reachable (a perfect score), so no warning.
    @Test func bandAtScaleIsReachable() {
        LoadOutcome(F.template(indices: [F.index(#"id="i" scale="5""#, bands: [
            F.lowBand, F.band(#"id="top" min="5""#),
        ])])).expectClean()
    }

    /// An index value is never below 0, and the band `min="0"` always beats a
    /// negative one ("the band with the greatest min ≤ I"): a negative band
    /// can never be reached either.
    @Test func negativeBandIsUnreachable() {
        let out = LoadOutcome(F.template(indices: [F.index(bands: [
            F.lowBand, F.band(#"id="neg" ⟦1⟧min="-5""#),
        ])]))
        #expect(out.template != nil)
        #expect(out.warnings.count == 1, "\(out.diagnostics)")
        #expect(out.warnings.first?.location == out.location(1))
    }

    // MARK: - Options and type-specific attributes

    @Test func singleWithOneOption() {
        let out = LoadOutcome(F.template(sections: [F.section(
            #"<question id="q1" ⟦1⟧type="single"><label xml:lang="en">Q</label>\#(F.options("a", scores: [1]))</question>"#)]))
        out.expectOnlyError("a single question needs at least two <option> elements", at: 1)
    }

    @Test func multipleWithNoOption() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#),
            #"<question id="m" ⟦1⟧type="multiple"><label xml:lang="en">M</label></question>"#)]))
        out.expectOnlyError("a multiple question needs at least two <option> elements", at: 1)
    }

    @Test func optionsOnIntegerQuestion() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#),
            F.question("integer", #"id="n""#, "⟦1⟧" + F.options("a", "b")))]))
        out.expectOnlyError("<option> belongs to single and multiple questions only, not integer", at: 1)
    }

    @Test func bandsOnSingleQuestion() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#),
            F.question("text", #"id="t""#, #"⟦1⟧<band min="0" score="1"/>"#))]))
        out.expectOnlyError("<band> belongs to integer and decimal questions only, not text", at: 1)
    }

    @Test func minOnTextQuestion() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.single(#"id="q1""#), F.question("text", #"id="t" ⟦1⟧min="1""#))]))
        out.expectOnlyError("min/max apply to integer and decimal questions only, not text", at: 1)
    }

    @Test func maxScoreOnSingleQuestion() {
        let out = LoadOutcome(F.template(sections: [F.section(F.single(#"id="q1" ⟦1⟧max-score="1""#))]))
        out.expectOnlyError("max-score applies to multiple questions only", at: 1)
    }

    @Test func maxScoreOnMultipleQuestionIsFine() {
        let out = LoadOutcome(F.template(sections: [F.section(
            F.question("multiple", #"id="m" max-score="2.5""#, F.options("a", "b", "c", scores: [2, 2, 2])))]))
        out.expectClean()
        // Rule 2: max-score replaces the sum of positive scores (6).
        #expect(out.template?.question("m")?.maxPoints == 2.5)
    }

    // MARK: - Titles and gates

    @Test func noTitleInDefaultLanguage() {
        let out = LoadOutcome(F.template(lang: "id", titles: [#"<title xml:lang="en">English only</title>"#]))
        out.expectOnlyError("no <title> in the default language 'id' (the template's xml:lang)", at: 0)
    }

    @Test func gateValueAboveScale() {
        let out = LoadOutcome(F.template(indices: [F.index(#"id="i" scale="5""#, gates: [
            #"<gate when="${q1} = 'b'" ⟦1⟧value="5.01"/>"#,
        ])]))
        out.expectOnlyError("gate value 5.01 must be between 0 and the scale 5", at: 1)
    }

    @Test func gateValueAtScaleIsFine() {
        LoadOutcome(F.template(indices: [F.index(#"id="i" scale="5""#, gates: [
            #"<gate when="${q1} = 'b'" value="5"/>"#,
        ])])).expectClean()
    }

    // MARK: - Every problem in one run

    @Test func allProblemsOfAFileAreReportedTogether() {
        let out = LoadOutcome(F.template(
            indices: [F.index(gates: [#"<gate when="${q1} = 'b'" ⟦1⟧value="101"/>"#])],
            sections: [F.section(
                F.single(#"id="q1" ⟦2⟧max-score="1""#),
                F.single(#"⟦3⟧id="q1""#))]))
        #expect(out.template == nil)
        #expect(out.errors.map(\.message) == [
            "gate value 101 must be between 0 and the scale 100",
            "max-score applies to multiple questions only",
            "question 'q1' is already used on line \(out.source[2].line)",
        ])
        #expect(out.errors.map(\.location) == [out.location(1), out.location(2), out.location(3)])
    }

    /// Messages follow the loader's language.
    @Test func messagesInIndonesian() {
        let out = LoadOutcome(F.template(sections: [F.section(F.single(#"id="q1" ⟦1⟧max-score="1""#))]),
                              language: .id)
        #expect(out.errors.map(\.message) == ["max-score hanya untuk pertanyaan multiple"])
        #expect(out.errors.first?.location == out.location(1))
    }
}
