import AspirasiCore
import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import Foundation
import Logging
import PostgresNIO
import Testing

@Suite struct RawPayloadRetentionTests {
    /// `count` messages with raw payloads, received `daysAgo` days ago, each in a report with a photo.
    static func messages(_ database: PostgresClient, prefix: String, count: Int, daysAgo: Int) async throws {
        let intake = IntakeQueue(client: database, logger: .silent)
        for n in 0..<count {
            _ = try await intake.submit(
                InboundMessage(
                    channel: .api, externalID: "\(prefix)-\(n)", author: .init(handle: "+62812000\(n)"),
                    text: "Jalan berlubang \(prefix) \(n)", photos: ["https://photos.example/\(prefix)/\(n).jpg"],
                    rawPayload: Data(#"{"text":"Jalan berlubang"}"#.utf8), rawContentType: "application/json"))
        }
        try await database.query(
            """
            UPDATE inbound_messages SET received_at = now() - make_interval(days => \(daysAgo)::int)
            WHERE external_id LIKE \(prefix + "-%")
            """)
    }

    static func worker(_ database: PostgresClient, batchSize: Int) -> RawPayloadRetentionWorker {
        RawPayloadRetentionWorker(
            retention: RawPayloadRetention(database), days: 90, batchSize: batchSize,
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
    }

    @Test func oldPayloadsAreClearedAndRecentOnesKeptWithEveryReportsTextAndPhotos() async throws {
        try await withFreshDatabase { database in
            try await Self.messages(database, prefix: "old", count: 5, daysAgo: 91)
            try await Self.messages(database, prefix: "new", count: 2, daysAgo: 89)
            // Batches of two: the worker goes on until the old ones are all done.
            #expect(try await Self.worker(database, batchSize: 2).runOnce() == 5)
            #expect(
                try await database.count(
                    "SELECT count(*) FROM inbound_messages WHERE raw_payload IS NULL AND raw_cleared_at IS NOT NULL")
                    == 5)
            #expect(
                try await database.count(
                    "SELECT count(*) FROM inbound_messages WHERE raw_payload IS NOT NULL AND external_id LIKE 'new-%'")
                    == 2)
            #expect(
                try await database.count("SELECT count(*) FROM reports WHERE description LIKE 'Jalan berlubang %'") == 7
            )
            #expect(try await database.count("SELECT count(*) FROM inbound_messages WHERE text LIKE 'Jalan%'") == 7)
            #expect(try await database.count("SELECT count(*) FROM report_photos") == 7)
            #expect(try await Self.worker(database, batchSize: 2).runOnce() == 0, "a second round finds nothing")
        }
    }

    /// Two hubs clearing at once: every payload is cleared once, and neither waits for the other's rows.
    @Test func workersOnSeveralHubsShareTheWork() async throws {
        try await withFreshDatabase { database in
            try await Self.messages(database, prefix: "old", count: 60, daysAgo: 100)
            async let a = Self.worker(database, batchSize: 7).runOnce()
            async let b = Self.worker(database, batchSize: 7).runOnce()
            let cleared = try await a + b
            #expect(cleared == 60)
            #expect(
                try await database.count("SELECT count(*) FROM inbound_messages WHERE raw_payload IS NOT NULL") == 0)
        }
    }

    @Test func theRetentionIsASetting() throws {
        let defaults = try SettingsResolver(environment: ["HOME": "/home/warga"], isRoot: false).resolve(.init())
        #expect(defaults.rawRetentionDays == 90)
        let set = SettingsResolver(environment: ["HOME": "/h", "ASPIRASI_RAW_RETENTION_DAYS": "30"], isRoot: false)
        #expect(try set.resolve(.init()).rawRetentionDays == 30)
        for bad in ["0", "ninety", "-5", "100000"] {
            let resolver = SettingsResolver(
                environment: ["HOME": "/h", "ASPIRASI_RAW_RETENTION_DAYS": bad], isRoot: false)
            #expect(throws: ConfigurationError.self) { try resolver.resolve(.init()) }
        }
    }
}
