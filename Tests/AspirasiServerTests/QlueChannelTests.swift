import AspirasiCore
import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import ChannelFakes
import ChannelKit
import Foundation
import Logging
import QlueAdapter
import Testing

/// Both ways against a fake Qlue speaking its feed format over HTTP.
@Suite struct QlueChannelTests {
    func makePoller(_ hub: LiveHub, _ base: String) -> ChannelPoller {
        let feed = QlueFeed(base: base, key: "qlue-key", client: .shared, pageSize: 2)
        return QlueChannel.poller(
            feed, polled: PolledIntake(client: hub.database, intake: IntakeQueue(client: hub.database, logger: .quiet)),
            interval: .seconds(60), logger: .quiet)
    }

    func makeWorker(_ hub: LiveHub, _ base: String) -> DeliveryWorker {
        DeliveryWorker(
            outbox: OutboxStore(hub.database),
            senders: [.qlue: QlueSender(base: base, key: "qlue-key", client: .shared, timeout: .seconds(5))],
            name: "qlue-test", logger: .quiet)
    }

    /// Pages follow the post_id cursor (stored with the reports), a full page reads on, 0,0 is no
    /// location, and a second pass over the same feed adds nothing.
    @Test func theFeedIsReadOnceInOrderFromTheCursor() async throws {
        let qlue = FakeQlue()
        await qlue.add(
            id: 1201, title: "Jalan berlubang", description: "Lubang besar", latitude: -6.1754, longitude: 106.8272)
        await qlue.add(
            id: 1202, title: "Sampah", description: "Sampah menumpuk di trotoar", images: ["https://cdn.example/a.jpg"])
        await qlue.add(
            id: 1203, title: "Lampu", description: "Lampu jalan mati", latitude: -6.1754, longitude: 106.8272)
        try await withLiveFake(qlue.router()) { base in
            try await withLiveHub { hub in try await readsTheFeed(hub, qlue, base) }
        }
    }

    func readsTheFeed(_ hub: LiveHub, _ qlue: FakeQlue, _ base: String) async throws {
        let poller = makePoller(hub, base)
        #expect(try await poller.runOnce(), "a full page (2 posts) means more is waiting")
        #expect(try await !poller.runOnce())
        #expect(try await hub.count("SELECT count(*) FROM reports WHERE channel = 'qlue'") == 3)
        #expect(
            try await PolledIntake(client: hub.database, intake: IntakeQueue(client: hub.database, logger: .quiet))
                .cursor(QlueChannel.feed) == "1203")
        #expect(
            try await hub.count(
                "SELECT count(*) FROM reports r JOIN inbound_messages m ON m.report_id = r.id WHERE m.external_id = '1202' AND r.location IS NULL"
            ) == 1)
        await qlue.add(id: 1204, title: "Banjir", description: "Genangan setinggi lutut")
        #expect(try await !poller.runOnce())
        #expect(try await !poller.runOnce())
        #expect(try await hub.count("SELECT count(*) FROM inbound_messages WHERE channel = 'qlue'") == 4)
        #expect(
            try await hub.count("SELECT count(*) FROM report_photos WHERE original_url = 'https://cdn.example/a.jpg'")
                == 1)
    }

    /// A failing feed is visible to admins with its error, and the next good round clears the way.
    @Test func aFailingFeedShowsInHealthAndRecovers() async throws {
        let qlue = FakeQlue()
        await qlue.add(id: 7, title: "Pohon", description: "Pohon tumbang", latitude: -6.1754, longitude: 106.8272)
        await qlue.failNextReads([503])
        try await withLiveFake(qlue.router()) { base in
            try await withLiveHub { hub in
                let poller = makePoller(hub, base)
                await #expect(throws: SendFailure.self) { _ = try await poller.runOnce() }
                let admin = try await hub.signIn("admin", unit: "31", role: .admin)
                let feeds = try json(try await hub.get(admin, "/api/v1/pollers"))["pollers"] as? [[String: Any]] ?? []
                let health = feeds.first { $0["feed"] as? String == QlueChannel.feed }
                #expect((health?["last_error"] as? String)?.contains("503") == true)
                #expect(health?["lag_seconds"] == nil, "never read to its end yet")
                _ = try await poller.runOnce()
                #expect(try await hub.count("SELECT count(*) FROM reports WHERE channel = 'qlue'") == 1)
                let after = try json(try await hub.get(admin, "/api/v1/pollers"))["pollers"] as? [[String: Any]] ?? []
                #expect(after.first { $0["feed"] as? String == QlueChannel.feed }?["lag_seconds"] is Double)
            }
        }
    }

    /// Acknowledgement and every status change go back to the post, in Qlue's words, once each.
    @Test func statusesAreAnsweredOnThePost() async throws {
        let qlue = FakeQlue()
        await qlue.add(
            id: 1301, title: "Jalan rusak", description: "Aspal mengelupas", latitude: -6.1754, longitude: 106.8272)
        try await withLiveFake(qlue.router()) { base in
            try await withLiveHub { hub in
                _ = try await makePoller(hub, base).runOnce()
                let number = try #require(
                    try await hub.text("SELECT tracking_number FROM reports WHERE channel = 'qlue'"))
                let officer = try await hub.signIn("petugas.gambir", unit: gambir, role: .petugas)
                #expect(try await hub.act(officer, number, "start").status == .ok)
                let worker = makeWorker(hub, base)
                let sent = try await eventually(within: .seconds(20)) {
                    _ = try await worker.runOnce()
                    return await qlue.updates.count == 2
                }
                #expect(sent)
                _ = try await worker.runOnce()
                let updates = await qlue.updates
                #expect(updates.count == 2)
                #expect(updates.allSatisfy { $0.target == "1301" && $0.fields["reference"] == number })
                #expect(updates.first { $0.fields["status"] == nil }?.fields["comment"]?.contains("diterima") == true)
                #expect(updates.contains { $0.fields["status"] == "process" })
            }
        }
    }

    /// An admin starts a feed from now rather than its beginning (or rewinds it): a malformed cursor is
    /// refused by name, officers other than admins may not, and the next poll starts after the cursor.
    @Test func adminsSetWhereAFeedStarts() async throws {
        let qlue = FakeQlue()
        for id in 1...3 {
            await qlue.add(
                id: id, title: "Lama \(id)", description: "Laporan lama", latitude: -6.1754, longitude: 106.8272)
        }
        try await withLiveFake(qlue.router()) { base in
            try await withLiveHub { hub in try await startsFromTheCursor(hub, qlue, base) }
        }
    }

    func startsFromTheCursor(_ hub: LiveHub, _ qlue: FakeQlue, _ base: String) async throws {
        let admin = try await hub.signIn("admin", unit: "31", role: .admin)
        let petugas = try await hub.signIn("petugas.gambir", unit: gambir, role: .petugas)
        let uri = "/api/v1/pollers/\(QlueChannel.feed)/cursor"
        #expect(try await hub.send(petugas, .put, uri, ["cursor": "3"]).status == .forbidden)
        let bad = try await hub.send(admin, .put, uri, ["cursor": "tiga"])
        #expect(bad.status == .badRequest)
        #expect(String(buffer: bad.body).contains("digits"))
        #expect(
            try await hub.send(admin, .put, "/api/v1/pollers/forum:feed/cursor", ["cursor": "x"]).status == .badRequest)
        #expect(try await hub.send(admin, .put, uri, ["cursor": "3"]).status == .ok)
        await qlue.add(id: 4, title: "Baru", description: "Laporan baru", latitude: -6.1754, longitude: 106.8272)
        _ = try await makePoller(hub, base).runOnce()
        #expect(try await hub.count("SELECT count(*) FROM inbound_messages") == 1)
        #expect(try await hub.count("SELECT count(*) FROM inbound_messages WHERE external_id = '4'") == 1)
    }
}
