import AspirasiStore
import AspirasiTestSupport
import PostgresNIO
import Testing

/// Migration 0048 keeps the rows written before it, with their ids, in each table's legacy partition.
@Suite struct PartitionMigrationTests {
    @Test func existingRowsKeepTheirIdsAndKeys() async throws {
        let configuration = try await TestCluster.shared.emptyDatabase()
        try await PostgresClient.withRunning(configuration, logger: .quiet) { (client: PostgresClient) async throws in
            let before = Schema.migrations.prefix { $0.name != "0048_month_partitions" }
            _ = try await Migrator(migrations: Array(before)).migrate(client, logger: .quiet)
            try await client.query("INSERT INTO categories (code, name) VALUES ('lainnya', 'Lainnya')")
            let report = try await client.count(
                """
                INSERT INTO reports (tracking_number, channel, category_code, description, reported_at)
                VALUES ('2610-0000017', 'qlue', 'lainnya', 'x', now() - interval '40 days') RETURNING id
                """)
            let message = try await client.count(
                """
                INSERT INTO inbound_messages (channel, external_id, report_id) VALUES ('qlue', 'old-1', \(report))
                RETURNING id
                """)
            let event = try await client.count(
                """
                INSERT INTO report_events (report_id, kind, actor_kind) VALUES (\(report), 'created', 'system')
                RETURNING id
                """)
            let delivery = try await client.count(
                """
                INSERT INTO deliveries (report_id, event_id, channel, recipient, kind, payload, idempotency_key)
                VALUES (\(report), \(event), 'qlue', 'u-1', 'ack', '{}', 'ack:qlue:old-1') RETURNING id
                """)

            try await Migrator().migrate(client, logger: .quiet)

            for (table, id) in [
                ("reports", report), ("inbound_messages", message), ("report_events", event), ("deliveries", delivery),
            ] {
                let stored = try await PartitionMaintenanceTests.partition(client, table, id)
                #expect(stored == "\(table)_legacy", "\(table) \(id)")
                #expect(
                    try await client.count(
                        PostgresQuery(
                            unsafeSQL:
                                "SELECT count(*) FROM pg_partitioned_table WHERE partrelid = '\(table)'::regclass")
                    ) == 1)
            }
            #expect(try await client.count("SELECT id FROM reports WHERE tracking_number = '2610-0000017'") == report)
            // The old keys still refuse a second row.
            try await client.query(
                "INSERT INTO inbound_messages (channel, external_id) VALUES ('qlue', 'old-1') ON CONFLICT DO NOTHING")
            #expect(try await client.count("SELECT count(*) FROM inbound_messages") == 1)
            try await client.query(
                """
                INSERT INTO deliveries (channel, recipient, kind, payload, idempotency_key)
                VALUES ('qlue', 'u-1', 'ack', '{}', 'ack:qlue:old-1') ON CONFLICT DO NOTHING
                """)
            #expect(try await client.count("SELECT count(*) FROM deliveries") == 1)
            await #expect(throws: PSQLError.self) {
                try await client.query(
                    """
                    INSERT INTO reports (tracking_number, channel, category_code, description, reported_at)
                    VALUES ('2610-0000017', 'api', 'lainnya', 'y', now())
                    """)
            }
            // New rows of an old report go to this month's partitions, and point to it.
            let reply = try await client.count(
                "INSERT INTO report_events (report_id, kind, actor_kind) VALUES (\(report), 'commented', 'citizen') RETURNING id"
            )
            #expect(reply > event)
            let stored = try await PartitionMaintenanceTests.partition(client, "report_events", reply)
            #expect(stored?.hasPrefix("report_events_2") == true, "\(stored ?? "none")")
            await #expect(throws: PSQLError.self) { try await client.query("DELETE FROM reports WHERE id = \(report)") }
            await #expect(throws: PSQLError.self) { try await client.query("DELETE FROM report_events") }
        }
    }
}
