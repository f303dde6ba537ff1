import AspirasiStore
import AspirasiTestSupport
import PostgresNIO
import Testing

@Suite struct PublicPostMigrationTests {
    /// Reports made before `public_post` existed are marked by the shape of the message that made
    /// them; anything private or not recognisably public stays private.
    @Test func existingReportsAreMarkedByTheirFirstMessage() async throws {
        let configuration = try await TestCluster.shared.emptyDatabase()
        try await PostgresClient.withRunning(configuration, logger: .quiet) { (client: PostgresClient) async throws in
            let before = Schema.migrations.filter { $0.name != "0023_public_posts" }
            _ = try await Migrator(migrations: before).migrate(client, logger: .quiet)
            try await client.query("INSERT INTO categories (code, name) VALUES ('lainnya', 'Lainnya')")
            let made: [(number: String, channel: String, externalID: String, thread: String?)] = [
                ("P-app", "app", "open311:9f2c", nil),
                ("P-tweet", "twitter", "1850000000000000001", "1850000000000000001"),
                ("P-page", "facebook", "1000_200_300", nil),
                ("P-forum", "forum", "topic:12/1", "topic:12/1"),
                ("P-qlue", "qlue", "1201", "1201"),
                ("X-partner-app", "app", "partner-77", nil),
                ("X-dm", "twitter", "dm:51", "dm:780"),
                ("X-messenger", "facebook", "m_abc", "messenger:6001"),
                ("X-sms", "sms", "kannel:5b1c", nil),
                ("X-email", "email", "<mail-1@example.net>", nil),
                ("X-lapor", "lapor", "LAP-1", "LAP-1"),
                ("X-api", "api", "1202", nil),
            ]
            for report in made {
                try await client.query(
                    """
                    WITH r AS (
                        INSERT INTO reports (tracking_number, channel, category_code, description, reported_at)
                        VALUES (\(report.number), \(report.channel), 'lainnya', 'x', now()) RETURNING id
                    )
                    INSERT INTO inbound_messages (channel, external_id, thread_key, report_id, outcome)
                    SELECT \(report.channel), \(report.externalID), \(report.thread), id, 'created' FROM r
                    """)
            }
            // A public-looking comment on a private report does not make the report public.
            try await client.query(
                """
                INSERT INTO inbound_messages (channel, external_id, report_id, outcome)
                SELECT 'twitter', '1850000000000000009', id, 'comment' FROM reports WHERE tracking_number = 'X-dm'
                """)
            _ = try await Migrator().migrate(client, logger: .quiet)
            var marked: [String] = []
            let rows = try await client.query("SELECT tracking_number FROM reports WHERE public_post ORDER BY 1")
            for try await number in rows.decode(String.self) { marked.append(number) }
            #expect(marked == made.map(\.number).filter { $0.hasPrefix("P-") }.sorted())
        }
    }
}
