import AsyncHTTPClient
import ChannelKit
import Foundation
import NIOCore

/// Replies through the Graph API with the page's access token: a comment
/// under the citizen's comment or post, or a Messenger message, sent as
/// `RESPONSE` inside the 24-hour window and otherwise only with a tag Meta's
/// policy allows for it (`MessengerWindow`). Throttling, the platform's and the
/// Business Use Case limits alike, pauses the channel (`MetaThrottle`).
/// Meta takes no idempotency key: an interrupted delivery is possibly sent.
public struct FacebookSender: DeliverySender {
    public let graphBase: String
    let pageID: String
    let pageToken: String
    /// Whether the app has Meta's Human Agent permission (the `HUMAN_AGENT` tag, 7 days).
    let humanAgentPermitted: Bool
    let timeout: TimeAmount
    let client: HTTPClient

    public var honoursIdempotencyKeys: Bool { false }

    public init(
        graphBase: String = "https://graph.facebook.com/v21.0", pageID: String, pageToken: String,
        humanAgentPermitted: Bool = false, timeout: TimeAmount = .seconds(10), client: HTTPClient
    ) {
        self.humanAgentPermitted = humanAgentPermitted
        self.graphBase = graphBase.hasSuffix("/") ? String(graphBase.dropLast()) : graphBase
        self.pageID = pageID
        self.pageToken = pageToken
        self.timeout = timeout
        self.client = client
    }

    public func send(_ message: OutgoingMessage) async throws(SendFailure) -> ProviderReceipt {
        let (url, body) = try request(for: message)
        let answer = try await ProviderHTTP.postJSON(
            url, body, headers: [("Authorization", "Bearer \(pageToken)")], client: client, timeout: timeout)
        return try Self.receipt(answer)
    }

    func request(for message: OutgoingMessage, now: Date = Date()) throws(SendFailure) -> (String, [String: Any]) {
        guard let thread = message.threadKey, !thread.isEmpty else {
            throw .permanent("a reply on Facebook needs the citizen's comment, post or conversation")
        }
        if thread.hasPrefix("messenger:") {
            let user = String(thread.dropFirst("messenger:".count))
            guard Self.isGraphID(user) else { throw .permanent("not a Messenger conversation: \(thread)") }
            var body: [String: Any] = ["recipient": ["id": user], "message": ["text": message.text]]
            let how = try MessengerWindow.fields(for: message, humanAgentPermitted: humanAgentPermitted, now: now)
            for (name, value) in how { body[name] = value }
            return ("\(graphBase)/\(pageID)/messages", body)
        }
        guard Self.isGraphID(thread) else { throw .permanent("not a Facebook comment or post: \(thread)") }
        return ("\(graphBase)/\(thread)/comments", ["message": message.text])
    }

    /// Graph object ids are digits, and a post or comment id joins two with `_`.
    static func isGraphID(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 64 && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "_") }
    }

    /// Meta's error codes: throttling (4, 17, 32, 613 and the Business Use Case
    /// codes 800xx, see `MetaThrottle`) waits, 1 and 2 temporary, 190 an expired
    /// or revoked token (an operator must act); other refusals are permanent.
    static func receipt(_ answer: ProviderAnswer) throws(SendFailure) -> ProviderReceipt {
        let json = answer.json
        if (200..<300).contains(answer.status) {
            guard let id = (json?["id"] ?? json?["message_id"]).map({ "\($0)" }) else {
                throw .transient("Meta answered \(answer.status) without an id")
            }
            return ProviderReceipt(providerID: id)
        }
        let error = json?["error"] as? [String: Any]
        let code = (error?["code"] as? NSNumber)?.intValue
        if MetaThrottle.isThrottling(code) {
            throw .rateLimited(until: MetaThrottle.resume(answer.headers))
        }
        switch code {
        case 1, 2, 1200:
            throw .transient("Meta error \(code ?? 0)")
        case 190:
            throw .permanent("the page access token has expired or was revoked (Meta error 190)")
        default:
            if answer.status == 429 {
                throw .rateLimited(until: MetaThrottle.resume(answer.headers))
            }
            if answer.status >= 500 { throw .transient("Meta failed with \(answer.status)") }
            throw .permanent("Meta refused with \(answer.status), error \(code.map(String.init) ?? "unknown")")
        }
    }
}
