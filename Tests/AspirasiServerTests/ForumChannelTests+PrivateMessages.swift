import AspirasiServer
import AspirasiTestSupport
import ChannelKit
import ForumAdapter
import Foundation
import Testing

/// Discourse fires `post_created` for private messages and staff whispers too
/// (its webhook events initializer enqueues every post): neither becomes a report.
extension ForumChannelTests {
    @Test func privateMessagesAndWhispersCreateNothing() async throws {
        try await withLiveHub(configure: { $0.receive(ForumChannel(ForumSettings(webhookSecret: Self.secret))) }) {
            hub in
            func send(_ body: String) async throws -> Bool {
                try await hub.postSigned(
                    "/webhooks/forum", body, header: DiscourseWebhook.signatureHeader, signature: signature(body)
                ).status == .ok
            }
            func with(_ body: String, _ extra: String) -> String {
                String(body.dropLast(2)) + extra + "}}"
            }
            let personal = with(
                post(id: 701, topic: 91, number: 1, raw: "Rahasia: NIK saya 3171xxxx, jalan rusak"),
                #","topic_archetype":"private_message","post_type":1"#)
            let whisper = with(
                post(id: 702, topic: 92, number: 2, raw: "Bisikan staf tentang laporan ini"),
                #","topic_archetype":"regular","post_type":4"#)
            #expect(try await send(personal))
            #expect(try await send(whisper))
            // A public post after them: once it is a report, the two before it had their chance.
            let open = with(
                post(id: 703, topic: 93, number: 1, raw: "Jalan rusak parah di depan sekolah"),
                #","topic_archetype":"regular","post_type":1"#)
            #expect(try await send(open))
            let reported = try await eventually(within: .seconds(30)) {
                try await hub.count("SELECT count(*) FROM reports WHERE channel = 'forum'") == 1
            }
            #expect(reported)
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages WHERE channel = 'forum'") == 1)
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages WHERE text LIKE '%Rahasia%'") == 0)
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages WHERE text LIKE '%Bisikan%'") == 0)
        }
    }
}
