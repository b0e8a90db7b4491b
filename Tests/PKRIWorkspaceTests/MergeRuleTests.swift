import PKRICore
import PKRIWorkspace
import Testing

/// The merge rules every store applies (the SQLite workspace's, written once).
@Suite struct MergeRuleTests {
    func submission(updated: String = "2026-06-01T10:00:00Z", assessor: String = "tpi-1", value: String = "a") -> Submission {
        Submission(id: "0b9f3c1e-1111-4222-8333-444455556666", template: "t", templateVersion: "1", subject: "INOV-1",
                   assessor: assessor, role: .verifier, status: .draft, created: "2026-06-01T08:00:00Z", updated: updated,
                   answers: [Answer(question: "q1", values: [value])])
    }

    @Test func aNewIdIsInsertedWithOneCreatedEntry() {
        guard case .insert(let entries) = MergeRule.decide(stored: nil, incoming: submission()) else {
            Issue.record("not an insert"); return
        }
        #expect(entries.map(\.field) == [.created])
        #expect(MergeRule.decide(stored: nil, incoming: submission()).outcome == .new)
    }

    @Test func theSameContentIsUnchangedWhereverItWasRead() {
        var again = submission()
        again.location = SourceLocation(file: "elsewhere.xml", line: 3)
        #expect(MergeRule.decide(stored: submission(), incoming: again) == .unchanged)
    }

    @Test func aLaterVersionReplacesAndAuditsEachChange() {
        let later = submission(updated: "2026-06-02T10:00:00Z", value: "b")
        guard case .replace(let entries) = MergeRule.decide(stored: submission(), incoming: later) else {
            Issue.record("not a replacement"); return
        }
        #expect(entries.map(\.field) == [.answer])
        #expect(entries.first?.old == "a" && entries.first?.new == "b")
        #expect(MergeRule.decide(stored: submission(), incoming: later).outcome == .updated(changes: 1))
    }

    @Test func anEarlierOrEqualVersionIsAConflict() {
        for updated in ["2026-06-01T10:00:00Z", "2026-05-31T10:00:00Z", "not a time"] {
            let other = submission(updated: updated, value: "b")
            guard case .conflict(.notLater(let stored, let incoming)) = MergeRule.decide(stored: submission(), incoming: other) else {
                Issue.record("\(updated): not a conflict"); continue
            }
            #expect(stored.updated == "2026-06-01T10:00:00Z")
            #expect(incoming.updated == updated)
        }
    }

    @Test func anotherAssessorsIdIsAConflictEvenWhenLater() {
        let theirs = submission(updated: "2026-06-09T10:00:00Z", assessor: "tpi-2", value: "b")
        guard case .conflict(.ownedByAnother(let stored, let incoming)) = MergeRule.decide(stored: submission(), incoming: theirs) else {
            Issue.record("not an ownership conflict"); return
        }
        #expect(stored.assessor == "tpi-1" && incoming.assessor == "tpi-2")
    }
}
