import AspirasiTestSupport
import PostgresNIO
import Testing

@testable import AspirasiStore

/// The bulk load checks foreign keys once per chunk instead of per row; a chunk that breaks one is refused.
@Suite struct DemoIntegrityTests {
    @Test func aBrokenReferenceIsCaughtAndNothingKept() async throws {
        try await withFreshDatabase { client in
            let generator = DemoGenerator(client: client)
            let checks = try await generator.referenceChecks(logger: .silent)
            // The test cluster's user is a superuser, so the set-based checks are the ones in use, and they
            // come from the catalogue: every foreign key of the written tables.
            #expect(checks.setBased)
            #expect(checks.queries.contains { $0.contains("'report_events_report_id_fkey'") })
            #expect(checks.queries.contains { $0.contains("'deliveries_identity_id_fkey'") })
            do {
                try await client.withTransaction(logger: .silent) { db in
                    try await db.query("SET LOCAL session_replication_role = replica")
                    try await db.query("CREATE TEMP TABLE r ON COMMIT DROP AS SELECT 424242::bigint AS id")
                    try await db.query(
                        "INSERT INTO report_events (report_id, kind, actor_kind) VALUES (424242, 'created', 'citizen')")
                    try await generator.checkReferences(checks, db, .silent)
                }
                Issue.record("a report event without its report was kept")
            } catch let error as PostgresTransactionError {
                let refused = error.closureError as? StoreError
                #expect(refused?.message.contains("report_events_report_id_fkey") == true)
            }
            #expect(try await client.count("SELECT count(*) FROM report_events") == 0)
        }
    }
}
