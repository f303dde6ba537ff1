import AsyncHTTPClient
import ChannelKit
import Foundation
import NIOCore

/// Replies on the forum through its Discourse-style API: `POST {api}/posts.json`
/// with `Api-Key` and `Api-Username` and `{topic_id, raw, reply_to_post_number}`.
/// The answer's `post_number` names our reply as `topic:T/N`, so a citizen
/// answering it lands on the same report. Discourse has no idempotency key:
/// a reply that may have gone out is left `possibly_sent` for an admin.
public struct ForumSender: DeliverySender {
    public let apiBase: String
    let apiKey: String
    let apiUsername: String
    let client: HTTPClient
    let timeout: TimeAmount

    public var honoursIdempotencyKeys: Bool { false }

    public init(
        apiBase: String, apiKey: String, apiUsername: String, client: HTTPClient, timeout: TimeAmount = .seconds(10)
    ) {
        self.apiBase = apiBase.hasSuffix("/") ? String(apiBase.dropLast()) : apiBase
        self.apiKey = apiKey
        self.apiUsername = apiUsername
        self.client = client
        self.timeout = timeout
    }

    public func send(_ message: OutgoingMessage) async throws(SendFailure) -> ProviderReceipt {
        guard let thread = message.threadKey, let key = ForumPostKey(id: thread) else {
            throw .permanent("a forum reply needs the topic and post it answers")
        }
        let body: [String: Any] = [
            "topic_id": key.topic, "raw": message.text, "reply_to_post_number": key.postNumber,
        ]
        let answer = try await ProviderHTTP.postJSON(
            "\(apiBase)/posts.json", body, headers: [("Api-Key", apiKey), ("Api-Username", apiUsername)],
            client: client, timeout: timeout)
        try ProviderHTTP.check(answer, provider: "the forum")
        let json = answer.json
        if let topic = Loose.int(json?["topic_id"]), let number = Loose.int(json?["post_number"]),
            let ours = ForumPostKey(topic: topic, postNumber: number)
        {
            return ProviderReceipt(providerID: ours.id)
        }
        return ProviderReceipt(providerID: (json?["id"]).map { "post-\($0)" } ?? message.idempotencyKey)
    }
}
