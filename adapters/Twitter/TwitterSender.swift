import AsyncHTTPClient
import ChannelKit
import Foundation
import NIOCore
import NIOHTTP1

/// Replies on X through the v2 API with a user-context OAuth 2.0 token: a
/// reply tweet to the citizen's tweet, or a DM in their conversation
/// (thread key `dm:<user id>`). X has no idempotency key, so a delivery
/// interrupted between send and commit is marked possibly sent, never resent.
/// A 401 renews the token once and sends again (the 401 means nothing was posted).
public struct TwitterSender: DeliverySender {
    public let apiBase: String
    let tokens: any TwitterAccessTokens
    let timeout: TimeAmount
    let client: HTTPClient

    public var honoursIdempotencyKeys: Bool { false }

    public init(
        apiBase: String = "https://api.x.com", tokens: any TwitterAccessTokens, timeout: TimeAmount = .seconds(10),
        client: HTTPClient
    ) {
        self.apiBase = apiBase.hasSuffix("/") ? String(apiBase.dropLast()) : apiBase
        self.tokens = tokens
        self.timeout = timeout
        self.client = client
    }

    /// With a fixed token that is never renewed.
    public init(
        apiBase: String = "https://api.x.com", accessToken: String, timeout: TimeAmount = .seconds(10),
        client: HTTPClient
    ) {
        self.init(apiBase: apiBase, tokens: FixedAccessToken(accessToken), timeout: timeout, client: client)
    }

    public func send(_ message: OutgoingMessage) async throws(SendFailure) -> ProviderReceipt {
        let (url, body) = try request(for: message)
        let (client, timeout) = (self.client, self.timeout)
        let answer = try await tokens.authorized { token throws(SendFailure) in
            try await ProviderHTTP.postJSON(
                url, body, headers: [("Authorization", "Bearer \(token)")], client: client, timeout: timeout)
        }
        return try Self.receipt(answer)
    }

    /// Where the message goes and what is posted. Too long a text is shortened by X's weighted
    /// count (`TweetLength`), never refused: a refusal would dead-letter the citizen's answer.
    func request(for message: OutgoingMessage) throws(SendFailure) -> (String, [String: Any]) {
        let text = TweetLength.shortened(message.text)
        if let thread = message.threadKey, thread.hasPrefix("dm:") {
            let user = String(thread.dropFirst(3))
            guard !user.isEmpty, user.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw .permanent("not a DM conversation: \(thread)")
            }
            return ("\(apiBase)/2/dm_conversations/with/\(user)/messages", ["text": text])
        }
        guard let tweet = message.threadKey, !tweet.isEmpty, tweet.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .permanent("a reply on X needs the citizen's tweet or DM conversation")
        }
        return ("\(apiBase)/2/tweets", ["text": text, "reply": ["in_reply_to_tweet_id": tweet]])
    }

    /// 2xx with `data.id` (a tweet) or `data.dm_event_id` (a DM); 429 waits for
    /// `x-rate-limit-reset`; 401 and 403 need an operator (token, permissions,
    /// a deleted tweet); other 4xx are permanent; 5xx transient.
    static func receipt(_ answer: ProviderAnswer) throws(SendFailure) -> ProviderReceipt {
        switch answer.status {
        case 200..<300:
            let data = answer.json?["data"] as? [String: Any]
            guard let id = (data?["id"] ?? data?["dm_event_id"]).map({ "\($0)" }) else {
                throw .transient("X answered \(answer.status) without an id")
            }
            return ProviderReceipt(providerID: id)
        case 429:
            throw .rateLimited(until: ProviderHTTP.resetTime(answer.headers) ?? Date().addingTimeInterval(900))
        case 400..<500:
            let detail = (answer.json?["detail"] as? String) ?? (answer.json?["title"] as? String) ?? ""
            throw .permanent("X refused with \(answer.status) \(detail)")
        default:
            throw .transient("X failed with \(answer.status)")
        }
    }
}
