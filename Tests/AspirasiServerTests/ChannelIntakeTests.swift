import AspirasiCore
import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import Foundation
import Testing
import TwitterAdapter

@Suite struct ReservedChannelTests {
    /// With the X adapter configured, a partner cannot post as X (and so make the hub reply on X to anyone).
    @Test func partnersCannotSpeakForAChannelWithItsOwnAdapter() async throws {
        let configure: (inout HubDependencies) -> Void = {
            $0.receive(TwitterChannel(TwitterSettings(consumerSecret: "s", userID: "3001")))
        }
        try await withLiveHub(configure: configure) { (hub: LiveHub) async throws in
            let key = try await hub.partnerKey("partner")
            let response = try await hub.postMessage(message("spoof-1", ["channel": "twitter"]), key: key)
            #expect(response.status == .badRequest)
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages") == 0)
            #expect(try await hub.postMessage(message("fine-1"), key: key).status == .created)
        }
    }
}

@Suite struct PolledIntakeTests {
    /// A message PostgreSQL refuses for its data (here a check added for the test: NULs and absurd
    /// provider times, which it refused before, are now taken in without) is skipped; the rest of the
    /// page is recorded and the cursor moves on, so the feed is not stuck at that page.
    @Test func oneBadMessageDoesNotHoldTheFeed() async throws {
        try await withLiveHub { hub in
            let polled = PolledIntake(client: hub.database, intake: IntakeQueue(client: hub.database, logger: .quiet))
            try await hub.database.query(
                "ALTER TABLE inbound_messages ADD CONSTRAINT refuses CHECK (text <> 'refused by the database')")
            let round = try await polled.poll("test:feed") { cursor in
                #expect(cursor == nil)
                let bad = InboundMessage(
                    channel: .twitter, externalID: "bad", author: .init(handle: "1"), text: "refused by the database")
                let nul = InboundMessage(
                    channel: .twitter, externalID: "nul", author: .init(handle: "3"), text: "rusak\u{0}parah",
                    sentAt: Date(timeIntervalSince1970: 1e15))
                let good = InboundMessage(
                    channel: .twitter, externalID: "good", author: .init(handle: "2"),
                    text: "Jalan berlubang besar di depan halte",
                    location: try GeoPoint(latitude: -6.1754, longitude: 106.8272))
                return .init(messages: [bad, nul, good], cursor: "42")
            }
            #expect(round?.results.count == 2)
            #expect(try await polled.cursor("test:feed") == "42")
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages WHERE external_id = 'good'") == 1)
            #expect(try await hub.text("SELECT text FROM inbound_messages WHERE external_id = 'nul'") == "rusakparah")
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages WHERE provider_time IS NULL") == 2)
        }
    }

    /// Admins see each feed's last success and last error.
    @Test func pollerHealthIsVisibleToAdmins() async throws {
        try await withLiveHub { hub in
            let polled = PolledIntake(client: hub.database, intake: IntakeQueue(client: hub.database, logger: .quiet))
            _ = try await polled.poll("test:healthy") { _ in .init(messages: [], cursor: "7") }
            struct Unreachable: Error {}
            await #expect(throws: Unreachable.self) {
                _ = try await polled.poll("test:broken") { _ in throw Unreachable() }
            }
            let admin = try await hub.signIn("admin", unit: "31", role: .admin)
            let feeds = try json(try await hub.get(admin, "/api/v1/pollers"))["pollers"] as? [[String: Any]] ?? []
            let broken = feeds.first { $0["feed"] as? String == "test:broken" }
            let healthy = feeds.first { $0["feed"] as? String == "test:healthy" }
            #expect((broken?["last_error"] as? String)?.contains("Unreachable") == true)
            #expect(broken?["last_success_at"] == nil)
            #expect(healthy?["cursor"] as? String == "7")
            #expect(healthy?["last_success_at"] is String)
            #expect(healthy?["seconds_since_success"] is Double)
            let petugas = try await hub.signIn("petugas.gambir", unit: gambir, role: .petugas)
            #expect(try await hub.get(petugas, "/api/v1/pollers").status == .forbidden)
        }
    }
}

@Suite struct ChannelPollerTests {
    /// Failures wait longer each time, capped, never less than half the capped wait.
    @Test func backoffDoublesWithJitterUpToTheCap() {
        for _ in 0..<50 {
            let first = ChannelPoller.backoff(after: 1, interval: .seconds(60), maximum: .seconds(900))
            let third = ChannelPoller.backoff(after: 3, interval: .seconds(60), maximum: .seconds(900))
            let tenth = ChannelPoller.backoff(after: 10, interval: .seconds(60), maximum: .seconds(900))
            #expect(first >= .seconds(30) && first <= .seconds(60))
            #expect(third >= .seconds(120) && third <= .seconds(240))
            #expect(tenth >= .seconds(450) && tenth <= .seconds(900))
        }
    }
}
