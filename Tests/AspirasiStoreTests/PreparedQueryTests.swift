import AspirasiTestSupport
import PostgresNIO
import Testing

@testable import AspirasiStore

/// Named prepared statements and a schema that is not there yet.
@Suite struct PreparedQueryTests {
    enum LateTableShape {}

    /// Prepared before its table exists (a database still being migrated), a statement still runs once
    /// the table does, on the same connection: PostgresNIO would answer the first refusal for ever.
    @Test func aStatementRefusedBeforeItsTableExistsRunsOnceItDoes() async throws {
        try await withFreshDatabase { client in
            try await client.withConnection { db in
                let query: PostgresQuery = "SELECT n FROM late_table ORDER BY n"
                await #expect(throws: PSQLError.self) {
                    _ = try await db.allPrepared(query, shape: LateTableShape.self, as: Int.self, logger: .silent)
                }
                try await db.query("CREATE TABLE late_table (n int8)", logger: .silent)
                try await db.query("INSERT INTO late_table VALUES (1), (2)", logger: .silent)
                let rows = try await db.allPrepared(query, shape: LateTableShape.self, as: Int.self, logger: .silent)
                #expect(rows == [1, 2])
                let first = try await db.firstPrepared(query, shape: LateTableShape.self, as: Int.self, logger: .silent)
                #expect(first == 1)
            }
        }
    }
}
