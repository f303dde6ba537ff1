import AspirasiCore
import AspirasiStore
import AspirasiTestSupport
import Logging
import PostgresNIO
import Testing

@Suite struct MigratorTests {
    @Test func appliesEveryMigrationOnceInOrder() async throws {
        let configuration = try await TestCluster.shared.emptyDatabase()
        try await PostgresClient.withRunning(configuration, logger: .quiet) { (client: PostgresClient) async throws in
            let migrator = Migrator()
            #expect(try await migrator.pending(client) == Schema.migrations.map(\.name))
            let first = try await migrator.migrate(client, logger: .quiet)
            #expect(first == Schema.migrations.map(\.name))
            #expect(try await migrator.migrate(client, logger: .quiet).isEmpty, "a second run applies nothing")
            #expect(try await migrator.pending(client).isEmpty)
            #expect(try await client.count("SELECT count(*) FROM schema_migrations") == Schema.migrations.count)
            #expect(try await client.count("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'") == 1)
        }
    }

    @Test func concurrentMigratorsApplyEachMigrationOnce() async throws {
        let configuration = try await TestCluster.shared.emptyDatabase()
        try await PostgresClient.withRunning(configuration, logger: .quiet) { (client: PostgresClient) async throws in
            async let a = Migrator().migrate(client, logger: .quiet)
            async let b = Migrator().migrate(client, logger: .quiet)
            let applied = try await a + b
            #expect(applied.sorted() == Schema.migrations.map(\.name).sorted())
        }
    }

    @Test func aFailingMigrationLeavesNothingBehind() async throws {
        let configuration = try await TestCluster.shared.emptyDatabase()
        try await PostgresClient.withRunning(configuration, logger: .quiet) { (client: PostgresClient) async throws in
            let broken = Migrator(migrations: [
                Migration("9001_half", ["CREATE TABLE half_done (id int)", "SELECT no_such_function()"])
            ])
            await #expect(throws: StoreError.self) { try await broken.migrate(client, logger: .quiet) }
            #expect(try await client.count("SELECT count(*) FROM pg_tables WHERE tablename = 'half_done'") == 0)
            #expect(try await broken.pending(client) == ["9001_half"])
        }
    }

    @Test func eventsAreAppendOnly() async throws {
        try await withFreshDatabase { (client: PostgresClient) async throws in
            try await client.query(
                """
                INSERT INTO reports (tracking_number, channel, category_code, description, reported_at)
                VALUES ('T-1', 'api', 'lainnya', 'x', now())
                """)
            try await client.query(
                "INSERT INTO report_events (report_id, kind, actor_kind) SELECT id, 'created', 'system' FROM reports")
            await #expect(throws: PSQLError.self) { try await client.query("UPDATE report_events SET kind = 'forged'") }
            await #expect(throws: PSQLError.self) { try await client.query("DELETE FROM report_events") }
            #expect(try await client.count("SELECT count(*) FROM report_events WHERE kind = 'created'") == 1)
        }
    }
}

@Suite struct TrackingNumberSQLTests {
    /// PostgreSQL's aspirasi_tracking_number and Swift's TrackingNumber agree on the check digit.
    @Test func databaseNumbersAreValidInSwift() async throws {
        let numbers = try await withFreshDatabase { (client: PostgresClient) async throws in
            var numbers: [String] = []
            for n in [1, 42, 427, 999_999, 1_234_567] {
                let rows = try await client.query(
                    "SELECT aspirasi_tracking_number(\(n), '2026-11-30 20:00:00+00')")
                for try await number in rows.decode(String.self) { numbers.append(number) }
            }
            return numbers
        }
        #expect(numbers.count == 5)
        #expect(numbers.first?.hasPrefix("2612-000001") == true, "20:00 UTC on 30 November is December in Jakarta")
        #expect(numbers.last?.hasPrefix("2612-1234567") == true)
        for number in numbers { #expect(TrackingNumber(number) != nil, "\(number)") }
    }
}
