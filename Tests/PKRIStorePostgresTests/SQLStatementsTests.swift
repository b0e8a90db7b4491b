@testable import PKRIStorePostgres
import Testing

@Suite struct SQLStatementsTests {
    @Test func semicolonsInBodiesStringsAndCommentsDoNotSplit() {
        let sql = """
            -- a comment; with a semicolon
            CREATE TABLE a (x text DEFAULT ';');
            CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'no'; END $$;
            SELECT 1
            """
        let statements = SQLStatements.split(sql)
        #expect(statements.count == 3)
        #expect(statements[1].hasSuffix("END $$"))
        #expect(statements[2] == "SELECT 1")
    }

    /// Migrations are a ledger: names never change and stay in order.
    @Test func migrationNamesAreOrderedAndUnique() {
        let names = PostgresMigrations.all.map(\.name)
        #expect(names == names.sorted())
        #expect(Set(names).count == names.count)
    }
}
