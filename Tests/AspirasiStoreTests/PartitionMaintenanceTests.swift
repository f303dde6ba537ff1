import AspirasiStore
import AspirasiTestSupport
import Foundation
import PostgresNIO
import Testing

/// Reports, events, inbound messages and deliveries are partitioned by month (migration 0048); the
/// partition worker's store makes the months ahead.
@Suite struct PartitionMaintenanceTests {
    /// 15 January 2030, 12:00 in Jakarta: months no test database has yet.
    static let future = Date(timeIntervalSince1970: 1_894_683_600)
    static let futureMonths = ["2030_01", "2030_02", "2030_03", "2030_04"]

    @Test func partitionsAreCreatedAheadOnceWhateverTheNumberOfHubs() async throws {
        let configuration = try await TestCluster.shared.freshDatabase()
        try await PostgresClient.withRunning(configuration, logger: .quiet) { (first: PostgresClient) async throws in
            try await PostgresClient.withRunning(configuration, logger: .quiet) {
                (second: PostgresClient) async throws in
                async let a = MonthPartitions(first).createAhead(monthsAhead: 3, at: Self.future)
                async let b = MonthPartitions(second).createAhead(monthsAhead: 3, at: Self.future)
                let rounds = try await [a, b]
                #expect(rounds.map(\.created).reduce(0, +) == 16, "4 months of 4 tables, made once: \(rounds)")
                let again = try await MonthPartitions(first).createAhead(monthsAhead: 3, at: Self.future)
                #expect(!again.skipped && again.created == 0, "\(again)")
            }
            for table in MonthPartitions.tables {
                let names = try await MonthPartitions(first).partitions(of: table)
                for month in Self.futureMonths { #expect(names.contains("\(table)_\(month)"), "\(names)") }
                #expect(!names.contains("\(table)_2030_05"))
            }
            // The migration made this month's and the next three.
            let current = try await first.count(
                """
                SELECT count(*) FROM pg_class
                WHERE relname = 'reports_' || to_char(now() AT TIME ZONE 'Asia/Jakarta' + interval '3 months', 'YYYY_MM')
                """)
            #expect(current == 1)
        }
    }

    @Test func aRowLandsInThePartitionOfItsMonth() async throws {
        try await withFreshDatabase { (client: PostgresClient) async throws in
            _ = try await MonthPartitions(client).createAhead(monthsAhead: 3, at: Self.future)
            let id = try await client.count(
                """
                INSERT INTO reports (id, tracking_number, channel, category_code, description, reported_at)
                VALUES (aspirasi_month_id('2030-02-10 09:00+07', nextval('reports_id_seq')), '3002-0000011', 'api',
                        'lainnya', 'x', now())
                RETURNING id
                """)
            #expect(id / 10_000_000_000 == 203_002, "the id begins with its month")
            #expect(try await Self.partition(client, "reports", id) == "reports_2030_02")
            let event = try await client.count(
                """
                INSERT INTO report_events (id, report_id, kind, actor_kind)
                VALUES (aspirasi_month_id('2030-03-01 00:30+07', nextval('report_events_id_seq')), \(id), 'created',
                        'system')
                RETURNING id
                """)
            #expect(try await Self.partition(client, "report_events", event) == "report_events_2030_03")
            // Today's rows draw today's month from their default.
            let today = try await client.count(
                """
                INSERT INTO reports (tracking_number, channel, category_code, description, reported_at)
                VALUES ('today-1', 'api', 'lainnya', 'x', now()) RETURNING id
                """)
            let month = try await client.count(
                "SELECT to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYYMM')::int")
            #expect(today / 10_000_000_000 == month)
            #expect(
                try await Self.partition(client, "reports", today)
                    == "reports_\(month / 100)_\(String(format: "%02d", month % 100))")
            #expect(try await client.count("SELECT id FROM reports WHERE tracking_number = '3002-0000011'") == id)
        }
    }

    /// A history loaded after the migration (the demo's months, an import) gets partitions of its own months:
    /// the legacy partition holds only ids from before month-encoded ids.
    @Test func aMonthBeforeTheMigrationCanHaveItsPartition() async throws {
        try await withFreshDatabase { (client: PostgresClient) async throws in
            let march2024 = Date(timeIntervalSince1970: 1_710_464_400)  // 15 March 2024, 08:00 in Jakarta
            let round = try await MonthPartitions(client).createAhead(monthsAhead: 1, at: march2024)
            #expect(round.created == 8, "March and April 2024 of four tables: \(round)")
            let id = try await client.count(
                """
                INSERT INTO reports (id, tracking_number, channel, category_code, description, reported_at, created_at)
                VALUES (aspirasi_month_id('2024-03-15 08:00+07', nextval('reports_id_seq')), '2403-0000013', 'api',
                        'lainnya', 'x', '2024-03-15 08:00+07', '2024-03-15 08:00+07')
                RETURNING id
                """)
            #expect(try await Self.partition(client, "reports", id) == "reports_2024_03")
            let bound = try await client.count(
                """
                SELECT count(*) FROM pg_class c JOIN pg_inherits i ON i.inhrelid = c.oid
                WHERE c.relname = 'reports_legacy'
                  AND pg_get_expr(c.relpartbound, c.oid) LIKE 'FOR VALUES FROM (MINVALUE) TO (%2000010000000000%)'
                """)
            #expect(bound == 1, "the legacy partition ends where January 2000's ids begin")
        }
    }

    /// A month's partition is made empty and ahead; the first round after it holds rows analyzes it, so no
    /// statement is planned on default selectivities until autovacuum's turn. Empty ones wait.
    @Test func thisMonthsPartitionsAreAnalyzedOnceTheyHoldRows() async throws {
        try await withFreshDatabase { (client: PostgresClient) async throws in
            let march2024 = Date(timeIntervalSince1970: 1_710_464_400)  // 15 March 2024, 08:00 in Jakarta
            let first = try await MonthPartitions(client).createAhead(monthsAhead: 0, at: march2024)
            #expect(first.analyzed.isEmpty, "nothing holds rows yet: \(first)")
            _ = try await client.count(
                """
                INSERT INTO reports (id, tracking_number, channel, category_code, description, reported_at)
                VALUES (aspirasi_month_id('2024-03-15 08:00+07', nextval('reports_id_seq')), '2403-0000021', 'api',
                        'lainnya', 'x', now())
                RETURNING id
                """)
            #expect(
                try await client.count("SELECT reltuples::int8 FROM pg_class WHERE relname = 'reports_2024_03'") == -1,
                "never analyzed")
            let second = try await MonthPartitions(client).createAhead(monthsAhead: 0, at: march2024)
            #expect(second.analyzed == ["reports_2024_03"], "\(second)")
            #expect(
                try await client.count("SELECT reltuples::int8 FROM pg_class WHERE relname = 'reports_2024_03'") == 1)
            let third = try await MonthPartitions(client).createAhead(monthsAhead: 0, at: march2024)
            #expect(third.analyzed.isEmpty, "analyzed once; autovacuum keeps it from there: \(third)")
        }
    }

    @Test func aReportsRowsAreSoughtFromTheMonthBeforeItsOwn() {
        let scale = MonthPartitions.idScale
        #expect(MonthPartitions.rowsLowerBound(ofReport: 203_002 * scale + 5) == 203_001 * scale)
        #expect(MonthPartitions.rowsLowerBound(ofReport: 203_001 * scale + 5) == 202_912 * scale, "across a year")
        #expect(MonthPartitions.rowsLowerBound(ofReport: 12_345) == 0, "a legacy report bounds nothing")
    }

    @Test func theKeysAndForeignKeysStillHold() async throws {
        try await withFreshDatabase { (client: PostgresClient) async throws in
            let report = try await client.count(
                """
                INSERT INTO reports (tracking_number, channel, category_code, description, reported_at)
                VALUES ('2611-0000019', 'api', 'lainnya', 'x', now()) RETURNING id
                """)
            // A tracking number is taken once.
            await #expect(throws: PSQLError.self) {
                try await client.query(
                    """
                    INSERT INTO reports (tracking_number, channel, category_code, description, reported_at)
                    VALUES ('2611-0000019', 'api', 'lainnya', 'y', now())
                    """)
            }
            // A message is recorded once per (channel, external id), with or without ON CONFLICT.
            for _ in 0..<2 {
                try await client.query(
                    "INSERT INTO inbound_messages (channel, external_id, report_id) VALUES ('qlue', 'q-1', \(report))")
                try await client.query(
                    """
                    INSERT INTO inbound_messages (channel, external_id) VALUES ('qlue', 'q-1') ON CONFLICT DO NOTHING
                    """)
            }
            #expect(try await client.count("SELECT count(*) FROM inbound_messages WHERE external_id = 'q-1'") == 1)
            try await client.query("INSERT INTO inbound_messages (channel, external_id) VALUES ('sms', 'q-1')")
            #expect(try await client.count("SELECT count(*) FROM inbound_messages WHERE external_id = 'q-1'") == 2)
            // A delivery is enqueued once per idempotency key, as `OutboxEnqueue` writes it.
            for _ in 0..<2 {
                try await client.query(
                    PostgresQuery(
                        unsafeSQL: """
                            \(OutboxEnqueue.insert)
                            SELECT \(report), NULL, 'sms', '+628100', NULL, NULL, NULL, 'ack', '{}'::jsonb,
                                   aspirasi_delivery_key('ack', 'sms', 'q-1'), NULL
                            \(OutboxEnqueue.onConflict)
                            """))
            }
            #expect(
                try await client.count("SELECT count(*) FROM deliveries WHERE idempotency_key = 'ack:sms:q-1'") == 1)
            // A citizen's erasure rewrites the keys; the key rows follow, and no old key is left behind.
            try await client.query(
                "UPDATE inbound_messages SET external_id = 'erased:1' WHERE channel = 'qlue' AND external_id = 'q-1'")
            try await client.query("UPDATE deliveries SET idempotency_key = 'erased:' || id")
            #expect(try await client.count("SELECT count(*) FROM inbound_message_keys WHERE external_id = 'q-1'") == 1)
            #expect(
                try await client.count("SELECT count(*) FROM delivery_keys WHERE idempotency_key LIKE 'ack:%'") == 0)
            try await client.query("INSERT INTO inbound_messages (channel, external_id) VALUES ('qlue', 'q-1')")
            #expect(try await client.count("SELECT count(*) FROM inbound_messages WHERE external_id = 'q-1'") == 2)
            // The key tables are the guarantee, not the triggers: without them a second row is refused.
            try await client.query("ALTER TABLE deliveries DISABLE TRIGGER deliveries_key_claim")
            await #expect(throws: PSQLError.self) {
                try await client.query(
                    """
                    INSERT INTO deliveries (channel, recipient, kind, payload, idempotency_key)
                    VALUES ('sms', '+628100', 'ack', '{}', 'ack:sms:q-1')
                    """)
            }
            try await client.query("ALTER TABLE inbound_messages DISABLE TRIGGER inbound_messages_key_claim")
            await #expect(throws: PSQLError.self) {
                try await client.query("INSERT INTO inbound_messages (channel, external_id) VALUES ('qlue', 'q-1')")
            }
            // Foreign keys to the partitioned tables hold.
            await #expect(throws: PSQLError.self) {
                try await client.query(
                    "INSERT INTO report_events (report_id, kind, actor_kind) VALUES (\(report + 1), 'x', 'system')")
            }
            await #expect(throws: PSQLError.self) {
                try await client.query("UPDATE reports SET duplicate_of = \(report + 7) WHERE id = \(report)")
            }
            await #expect(throws: PSQLError.self) { try await client.query("DELETE FROM reports WHERE id = \(report)") }
            #expect(try await client.count("SELECT count(*) FROM reports WHERE id = \(report)") == 1)
        }
    }

    /// The table a row is stored in.
    static func partition(_ client: PostgresClient, _ table: String, _ id: Int) async throws -> String? {
        let rows = try await client.query(
            PostgresQuery(unsafeSQL: "SELECT tableoid::regclass::text FROM \(table) WHERE id = \(id)"))
        for try await name in rows.decode(String.self) { return name }
        return nil
    }
}
