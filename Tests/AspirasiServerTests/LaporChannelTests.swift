import AspirasiCore
import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import ChannelFakes
import ChannelKit
import Foundation
import LaporAdapter
import Logging
import Testing

/// Both ways against a fake SP4N-LAPOR! agency API.
@Suite struct LaporChannelTests {
    func makePoller(_ hub: LiveHub, _ base: String) -> ChannelPoller {
        let feed = LaporFeed(base: base, token: "lapor-token", agency: "pemprov-dki", client: .shared)
        return LaporChannel.poller(
            feed, polled: PolledIntake(client: hub.database, intake: IntakeQueue(client: hub.database, logger: .quiet)),
            interval: .seconds(60), logger: .quiet)
    }

    func deliverAll(_ hub: LiveHub, _ base: String) async throws {
        let worker = DeliveryWorker(
            outbox: OutboxStore(hub.database),
            senders: [.lapor: LaporSender(base: base, token: "lapor-token", client: .shared, timeout: .seconds(5))],
            name: "lapor-test", logger: .quiet)
        let drained = try await eventually(within: .seconds(20)) {
            _ = try await worker.runOnce()
            return try await hub.count("SELECT count(*) FROM deliveries WHERE channel = 'lapor' AND state <> 'sent'")
                == 0
        }
        #expect(drained)
    }

    /// Reports disposed to us come in once (an unknown status too; a withdrawn one and another
    /// agency's do not); our follow-ups go back with LAPOR!'s statuses; the reports coming round
    /// again after each update add nothing; the reporter's dispute on LAPOR! reopens the report.
    @Test func reportsComeInAndFollowUpsGoBack() async throws {
        let lapor = FakeLapor()
        await lapor.add(
            id: "4100001", title: "Pohon tumbang", body: "Pohon tumbang menutup jalan", latitude: -6.1754,
            longitude: 106.8272)
        await lapor.add(
            id: "4100002", title: "Drainase", body: "Saluran air mampet", status: "menunggu_klarifikasi",
            latitude: -6.1754, longitude: 106.8272)
        await lapor.add(id: "4100003", title: "Dicabut", body: "Laporan dicabut pelapor", status: "dicabut")
        try await withLiveFake(lapor.router()) { base in
            try await withLiveHub { hub in
                let poller = makePoller(hub, base)
                _ = try await poller.runOnce()
                #expect(try await hub.count("SELECT count(*) FROM reports WHERE channel = 'lapor'") == 2)
                #expect(try await hub.count("SELECT count(*) FROM inbound_messages WHERE external_id = '4100003'") == 0)
                let number = try #require(
                    try await hub.text(
                        """
                        SELECT r.tracking_number FROM reports r JOIN inbound_messages m ON m.report_id = r.id
                        WHERE m.external_id = '4100001'
                        """))
                let officer = try await hub.signIn("petugas.gambir", unit: gambir, role: .petugas)
                #expect(try await hub.act(officer, number, "start").status == .ok)
                try await deliverAll(hub, base)
                #expect(await lapor.status(of: "4100001") == "proses")
                let photo = try json(try await hub.uploadPhoto(officer, number))
                let photoID = try #require(photo["id"] as? Int)
                #expect(
                    try await hub.act(
                        officer, number, "complete", ["note": "Pohon sudah dipotong", "photos": [photoID]]
                    )
                    .status == .ok)
                try await deliverAll(hub, base)
                #expect(await lapor.status(of: "4100001") == "selesai")
                let followUps = await lapor.followUps.filter { $0.target == "4100001" }
                #expect(
                    followUps.contains {
                        $0.fields["isi"]?.contains("selesai") == true && $0.fields["referensi"] == number
                    })
                // The updated reports come round in the feed: nothing new.
                _ = try await poller.runOnce()
                #expect(try await hub.count("SELECT count(*) FROM reports WHERE channel = 'lapor'") == 2)
                await lapor.comment(
                    on: "4100001", commentID: "k9", text: "Belum selesai, batang pohon masih ada di jalan")
                _ = try await poller.runOnce()
                #expect(try await hub.status(of: number) == "menunggu")
                _ = try await poller.runOnce()
                #expect(try await hub.count("SELECT count(*) FROM inbound_messages WHERE channel = 'lapor'") == 3)
            }
        }
    }

    /// A confidential (rahasia) report is worked as usual but never published; an anonymous one keeps
    /// no name, not even in the stored payload.
    @Test func confidentialAndAnonymousReportsStayPrivate() async throws {
        let lapor = FakeLapor()
        await lapor.add(
            id: "4200001", title: "Pungli", body: "Pungutan liar di loket kelurahan", latitude: -6.1754,
            longitude: 106.8272, anonymous: true, reporter: "Nama Asli Pelapor", confidential: true)
        try await withLiveFake(lapor.router()) { base in
            try await withLiveHub { hub in
                _ = try await makePoller(hub, base).runOnce()
                #expect(try await hub.count("SELECT count(*) FROM reports WHERE confidential") == 1)
                #expect(
                    try await hub.count(
                        "SELECT count(*) FROM inbound_messages WHERE raw_payload::text LIKE '%Nama Asli%'") == 0)
                #expect(
                    try await hub.count(
                        "SELECT count(*) FROM contact_identities WHERE display_name IS NOT NULL AND channel = 'lapor'")
                        == 0)
                let listed = try await hub.http.execute(
                    uri: "/open311/v2/requests.json", method: .get, headers: [:], body: nil)
                #expect(listed.status == .ok)
                #expect(!String(buffer: listed.body).contains("Pungutan"))
            }
        }
    }
}
