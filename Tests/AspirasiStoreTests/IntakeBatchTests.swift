import AspirasiCore
import AspirasiStore
import AspirasiTestSupport
import PostgresNIO
import Testing

/// Messages handled together in one batch must end exactly as if they had come one at a time.
@Suite struct IntakeBatchTests {
    func message(
        _ id: String, author: String, at point: (Double, Double)? = (-6.1754, 106.8272),
        replyTo: String? = nil, photos: [String] = []
    ) throws -> InboundMessage {
        InboundMessage(
            channel: .api, externalID: id, inReplyTo: replyTo, author: .init(handle: author, displayName: "Warga"),
            text: "Jalan berlubang besar di depan halte",
            location: try point.map {
                try GeoPoint(latitude: $0.0, longitude: $0.1)
            }, photos: photos, category: "jalan_rusak")
    }

    @Test func aBatchSeesItsOwnEarlierMessages() async throws {
        try await withFreshDatabase { (client: PostgresClient) async throws in
            let store = IntakeStore(catalog: try await IntakeCatalog.load(from: client))
            let batch = [
                try message("m1", author: "+62811", photos: ["https://x.test/1.jpg", "https://x.test/2.jpg"]),
                try message("m2", author: "+62822", at: (-6.1755, 106.8273)),
                try message("m1", author: "+62811"),
                try message("m4", author: "+62833", at: nil, replyTo: "m1"),
                try message("m5", author: "+62811", at: (-6.2000, 106.8500)),
            ]
            let results = try await client.withTransaction(logger: .silent) { connection in
                try await store.process(batch, on: connection, logger: .silent)
            }
            #expect(results.map(\.outcome) == [.created, .duplicate, .created, .noted, .created])
            #expect(results.map(\.created) == [true, true, false, true, true])
            #expect(results[1].duplicateOf == results[0].trackingNumber)
            #expect(results[2].trackingNumber == results[0].trackingNumber)
            #expect(results[3].trackingNumber == results[0].trackingNumber)
            #expect(Set(results.map(\.trackingNumber)).count == 3)

            #expect(try await client.count("SELECT count(*) FROM reports") == 3)
            #expect(try await client.count("SELECT count(*) FROM inbound_messages WHERE report_id IS NULL") == 0)
            // The same author twice in one batch is one identity; the duplicate's author follows m1, the reply's
            // author (not a reporter) does not.
            #expect(try await client.count("SELECT count(*) FROM contact_identities") == 3)
            let followers = try await client.count(
                """
                SELECT count(*) FROM report_followers f JOIN reports r ON r.id = f.report_id
                WHERE r.tracking_number = \(results[0].trackingNumber)
                """)
            #expect(followers == 2)
            let photos = try await client.query(
                "SELECT original_url FROM report_photos ORDER BY id", logger: .silent)
            var urls: [String] = []
            for try await url in photos.decode(String.self) { urls.append(url) }
            #expect(urls == ["https://x.test/1.jpg", "https://x.test/2.jpg"])
            // One acknowledgement per message that made or touched a report; none for the repeat.
            #expect(try await client.count("SELECT count(*) FROM deliveries WHERE kind = 'ack'") == 4)
        }
    }
}
