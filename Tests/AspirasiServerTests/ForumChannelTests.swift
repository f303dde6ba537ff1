import AspirasiCore
import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import ChannelFakes
import ChannelKit
import ForumAdapter
import Foundation
import Logging
import Testing

/// The Balai Warga forum both ways: its RSS feed polled politely, its signed
/// webhooks, replies through its API, and hostile XML refused.
@Suite struct ForumChannelTests {
    static let secret = "forum-webhook-secret-0123456789"

    static func rss(_ items: [(topic: Int, post: Int, author: String, title: String, html: String)]) -> String {
        let entries = items.map { item in
            """
            <item>
              <title>\(item.title)</title>
              <dc:creator><![CDATA[\(item.author)]]></dc:creator>
              <description><![CDATA[\(item.html)]]></description>
              <link>https://warga.example/t/topik/\(item.topic)/\(item.post)</link>
              <pubDate>Fri, 20 Nov 2026 08:0\(item.post):00 +0700</pubDate>
              <guid isPermaLink="false">warga.example-post-\(item.topic)-\(item.post)</guid>
            </item>
            """
        }
        return """
            <?xml version="1.0" encoding="UTF-8" ?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Balai Warga</title><link>https://warga.example</link><description>Terbaru</description>
            \(entries.joined(separator: "\n"))
            </channel></rss>
            """
    }

    func makePoller(_ hub: LiveHub, _ base: String) -> ChannelPoller {
        ForumChannel.poller(
            ForumFeedReader(url: base + "/posts.rss", ourUsername: "aspirasi", client: .shared),
            polled: PolledIntake(client: hub.database, intake: IntakeQueue(client: hub.database, logger: .quiet)),
            interval: .seconds(60), logger: .quiet)
    }

    func signature(_ body: String) -> String {
        "sha256=" + WebhookSignature.sign(Data(body.utf8), secret: Data(Self.secret.utf8), encoding: .hex)
    }

    func post(id: Int, topic: Int, number: Int, replyTo: Int? = nil, username: String = "warga1", raw: String) -> String
    {
        let reply = replyTo.map { ",\"reply_to_post_number\":\($0)" } ?? ""
        return """
            {"post":{"id":\(id),"topic_id":\(topic),"post_number":\(number),"username":"\(username)","raw":"\(raw)",\
            "created_at":"2026-11-20T01:05:00.000Z","topic_title":"Lampu jalan"\(reply)}}
            """
    }

    /// Feed entries become reports once; the next read is conditional and gets 304; the webhook's copy
    /// of the same post adds nothing; a reply post lands on the report as a comment.
    @Test func feedAndWebhookMeetOnTheSamePosts() async throws {
        let forum = FakeForum()
        await forum.publish(
            Self.rss([
                (77, 1, "warga1", "Lampu jalan mati", "<p>Lampu jalan di Jl. Kebon Sirih mati &amp; gelap</p>"),
                (78, 1, "warga2", "Sampah", "<p>Sampah menumpuk<br>di pasar</p>"),
                (79, 1, "@aspirasi Aspirasi Jakarta", "Balasan kami", "<p>Terima kasih</p>"),
            ]))
        try await withLiveFake(forum.router()) { base in
            try await withLiveHub(configure: {
                $0.receive(ForumChannel(ForumSettings(webhookSecret: Self.secret, apiUsername: "aspirasi")))
            }) { hub in
                let poller = makePoller(hub, base)
                _ = try await poller.runOnce()
                _ = try await poller.runOnce()
                #expect(
                    try await hub.count("SELECT count(*) FROM reports WHERE channel = 'forum'") == 2,
                    "our own post is an echo")
                #expect(await forum.reads.map(\.status) == [200, 304])
                #expect(await forum.reads.last?.conditional == true)
                #expect(
                    try await hub.count("SELECT count(*) FROM inbound_messages WHERE text LIKE '%mati & gelap%'") == 1)

                let same = post(id: 501, topic: 77, number: 1, raw: "Lampu jalan di Jl. Kebon Sirih mati")
                #expect(
                    try await hub.postSigned(
                        "/webhooks/forum", same, header: DiscourseWebhook.signatureHeader, signature: signature(same)
                    ).status == .ok)
                #expect(try await hub.count("SELECT count(*) FROM inbound_messages WHERE channel = 'forum'") == 2)

                let reply = post(
                    id: 502, topic: 77, number: 2, replyTo: 1, username: "warga3", raw: "Di depan rumah saya juga mati")
                #expect(
                    try await hub.postSigned(
                        "/webhooks/forum", reply, header: DiscourseWebhook.signatureHeader, signature: signature(reply)
                    ).status == .ok)
                #expect(
                    try await hub.count(
                        "SELECT count(*) FROM inbound_messages WHERE channel = 'forum' AND outcome = 'noted'") == 1,
                    "another forum user's reply is a note for officers, not the reporter's comment")
                #expect(try await hub.count("SELECT count(*) FROM reports WHERE channel = 'forum'") == 2)
            }
        }
    }

    /// A forged or missing signature is 401 and stores nothing; a ping is acknowledged and dropped.
    @Test func unsignedWebhooksAreRefused() async throws {
        try await withLiveHub(configure: { $0.receive(ForumChannel(ForumSettings(webhookSecret: Self.secret))) }) {
            hub in
            let body = post(id: 601, topic: 90, number: 1, raw: "Jalan rusak parah di depan sekolah")
            let forged = try await hub.postSigned(
                "/webhooks/forum", body, header: DiscourseWebhook.signatureHeader,
                signature: "sha256=" + String(repeating: "0", count: 64))
            #expect(forged.status == .unauthorized)
            #expect(String(buffer: forged.body).contains(DiscourseWebhook.signatureHeader))
            #expect(
                try await hub.postSigned(
                    "/webhooks/forum", body, header: DiscourseWebhook.signatureHeader, signature: nil
                ).status == .unauthorized)
            let ping = #"{"ping":"OK"}"#
            #expect(
                try await hub.postSigned(
                    "/webhooks/forum", ping, header: DiscourseWebhook.signatureHeader, signature: signature(ping)
                ).status == .ok)
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages") == 0)
        }
    }

    /// XXE and billion laughs are refused before any entity is expanded: nothing is stored, the
    /// cursor does not move, and admins see why.
    @Test func hostileFeedsAreRefusedWithoutExpansion() async throws {
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>x</title>
            <item><title>&xxe;</title><description>&xxe;</description><guid>a</guid></item></channel></rss>
            """
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
            <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
            <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
            <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
            <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
            <rss version="2.0"><channel><title>x</title><item><title>&lol9;</title><guid>b</guid></item></channel></rss>
            """
        for document in [xxe, laughs] {
            let forum = FakeForum()
            await forum.publish(document)
            try await withLiveFake(forum.router()) { base in
                try await withLiveHub { hub in
                    await #expect(throws: FeedError.doctypeNotAllowed) { _ = try await makePoller(hub, base).runOnce() }
                    #expect(try await hub.count("SELECT count(*) FROM inbound_messages") == 0)
                    let error = try await hub.text("SELECT last_error FROM channel_cursors WHERE name = 'forum:feed'")
                    #expect(error?.lowercased().contains("doctype") == true)
                }
            }
        }
    }

    /// Our acknowledgement is a reply in the topic; the citizen answering it lands on the same report.
    @Test func repliesGoThroughTheForumAPIAndAnswersThreadBack() async throws {
        let forum = FakeForum()
        try await withLiveFake(forum.router()) { base in
            try await withLiveHub(configure: { $0.receive(ForumChannel(ForumSettings(webhookSecret: Self.secret))) }) {
                hub in
                let first = post(id: 701, topic: 88, number: 1, raw: "Got mampet di Jl. Cikini, air meluap ke jalan")
                #expect(
                    try await hub.postSigned(
                        "/webhooks/forum", first, header: DiscourseWebhook.signatureHeader, signature: signature(first)
                    ).status == .ok)
                let worker = DeliveryWorker(
                    outbox: OutboxStore(hub.database),
                    senders: [
                        .forum: ForumSender(
                            apiBase: base, apiKey: "forum-key", apiUsername: "aspirasi", client: .shared)
                    ],
                    name: "forum-test", logger: .quiet)
                let sent = try await eventually(within: .seconds(20)) {
                    _ = try await worker.runOnce()
                    return await forum.replies.count == 1
                }
                #expect(sent)
                let reply = try #require(await forum.replies.first)
                #expect(reply.target == "88")
                #expect(reply.fields["reply_to_post_number"] == "1")
                #expect(try await hub.count("SELECT count(*) FROM deliveries WHERE provider_id = 'topic:88/11'") == 1)
                // Our reply shows up in the forum's feed under a display name: it is still our echo.
                await forum.publish(
                    Self.rss([(88, 11, "Petugas Aspirasi", "Re: Got mampet", "<p>Laporan diterima</p>")]))
                _ = try await makePoller(hub, base).runOnce()
                #expect(try await hub.count("SELECT count(*) FROM inbound_messages") == 1)
                let answer = post(id: 702, topic: 88, number: 12, replyTo: 11, raw: "Terima kasih, mohon segera")
                #expect(
                    try await hub.postSigned(
                        "/webhooks/forum", answer, header: DiscourseWebhook.signatureHeader,
                        signature: signature(answer)
                    ).status == .ok)
                #expect(try await hub.count("SELECT count(*) FROM reports") == 1)
                #expect(try await hub.count("SELECT count(*) FROM inbound_messages WHERE outcome = 'comment'") == 1)
            }
        }
    }
}
