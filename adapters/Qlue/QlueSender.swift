import AsyncHTTPClient
import ChannelKit
import Foundation
import NIOCore

/// Answers a Qlue post: `POST {base}/v1/posts/{post_id}/status` with Qlue's
/// status (wait, process, complete) and our message as the comment. An
/// acknowledgement or a reply carries no status change: it goes out as a
/// comment with the status left as it is (`status` omitted). Qlue takes the
/// delivery's key in `Idempotency-Key`, so a retried update is not doubled.
public struct QlueSender: DeliverySender {
    public let base: String
    let key: String
    let client: HTTPClient
    let timeout: TimeAmount

    public var honoursIdempotencyKeys: Bool { true }

    public init(base: String, key: String, client: HTTPClient, timeout: TimeAmount = .seconds(10)) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.key = key
        self.client = client
        self.timeout = timeout
    }

    public func send(_ message: OutgoingMessage) async throws(SendFailure) -> ProviderReceipt {
        guard let post = message.threadKey, let id = Int(post), id > 0 else {
            throw .permanent("a Qlue answer needs the post id it answers")
        }
        var body: [String: Any] = ["comment": message.text]
        if let status = message.status { body["status"] = QlueFields.status(status) }
        if let number = message.trackingNumber { body["reference"] = number }
        let answer = try await ProviderHTTP.postJSON(
            "\(base)/v1/posts/\(id)/status", body,
            headers: [("Authorization", "Bearer \(key)"), ("Idempotency-Key", message.idempotencyKey)],
            client: client, timeout: timeout)
        try ProviderHTTP.check(answer, provider: "Qlue")
        let providerID = (answer.json?["id"]).map { "\($0)" } ?? message.idempotencyKey
        return ProviderReceipt(providerID: providerID)
    }
}
