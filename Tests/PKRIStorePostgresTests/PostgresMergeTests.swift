import Foundation
import PKRICore
@testable import PKRIStorePostgres
import PKRITestSupport
import PKRIWorkspace
import Testing

/// What only a server can do to a merge: refuse one document, or make a
/// transaction lose a race.
@Suite struct PostgresMergeTests {
    func workspace() async throws -> (PostgresStore, database: String) {
        let url = try TestPostgres.freshDatabase()
        let store = try await PostgresStore.create(url)
        _ = try await store.mergeRegistry(.agencies([Agency(id: "a", name: "A", type: .kota, region: "35.78")]))
        _ = try await store.mergeRegistry(.innovations(["X", "Y", "Z"].map { Innovation(id: $0, name: $0, agency: "a") }))
        return (store, TestPostgres.database(of: url))
    }

    func document(_ subject: String, _ n: Int) -> ScoredSubmission {
        let s = Submission(id: "00000000-0000-4000-8000-00000000000\(n)", template: "t", templateVersion: "1", subject: subject,
                           assessor: "tpi", role: .verifier, status: .draft, created: "2026-06-01T08:00:00Z",
                           updated: "2026-06-01T10:00:00Z", answers: [Answer(question: "q", values: ["1"])])
        return ScoredSubmission(s, scores: [IndexValue(index: "i", value: 50, band: "b")], templateSHA256: "sha")
    }

    /// A document the server refuses (here a trigger, after its submission
    /// row went in) leaves no trace; the documents around it stand.
    @Test func aDocumentTheServerRefusesLeavesTheOthersStored() async throws {
        let (store, database) = try await workspace()
        try TestPostgres.psql("""
            CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF (SELECT subject FROM submission WHERE id = NEW.submission) = 'Y' THEN
                RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse AFTER INSERT ON score FOR EACH ROW EXECUTE FUNCTION refuse();
            """, database: database)
        let outcomes = try await store.merge([document("X", 1), document("Y", 2), document("Z", 3)], as: .localUser())
        #expect(outcomes[0] == .new && outcomes[2] == .new)
        guard case .failed(.storage(_, let detail)) = outcomes[1] else { Issue.record("\(outcomes[1])"); return }
        #expect(detail.contains("refused for the test"))
        #expect(try await store.submissions(SubmissionFilter()).map(\.subject) == ["X", "Z"])
        #expect(try await store.history(subject: "Y").isEmpty)
        await store.close()
    }

    /// A serialization failure is tried again, never shown: the first
    /// attempt fails (a sequence counts attempts across rollbacks).
    @Test func aSerializationFailureIsRetriedNotShown() async throws {
        let (store, database) = try await workspace()
        try TestPostgres.psql("""
            CREATE SEQUENCE attempts;
            CREATE FUNCTION lose_once() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF nextval('attempts') = 1 THEN
                RAISE EXCEPTION 'could not serialize access' USING ERRCODE = '40001'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER lose_once AFTER INSERT ON submission FOR EACH ROW EXECUTE FUNCTION lose_once();
            """, database: database)
        #expect(try await store.merge([document("X", 1), document("Z", 2)], as: .localUser()) == [.new, .new])
        #expect(try await store.submissions(SubmissionFilter()).count == 2)
        await store.close()
    }
}
