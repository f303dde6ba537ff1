import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Sends deliveries as JSON to a partner's callback URL: the sending side of
/// the partner channel (`api`). The partner answers 2xx with `{"id": ...}`;
/// 429 with Retry-After (seconds) or X-RateLimit-Reset (epoch seconds) pauses
/// us; other 4xx are permanent; 5xx, timeouts and dropped connections are
/// transient. The delivery's idempotency key travels in `Idempotency-Key`.
public struct HTTPCallbackSender: DeliverySender {
    public let url: String
    public let bearerToken: String?
    public let timeout: TimeAmount
    let client: HTTPClient

    public var honoursIdempotencyKeys: Bool { true }

    public init(
        url: String, bearerToken: String? = nil, timeout: TimeAmount = .seconds(10), client: HTTPClient = .shared
    ) {
        self.url = url
        self.bearerToken = bearerToken
        self.timeout = timeout
        self.client = client
    }

    struct Body: Encodable {
        let to: String
        let text: String
        let thread: String?
        let deliveryId: Int
    }

    public func send(_ message: OutgoingMessage) async throws(SendFailure) -> ProviderReceipt {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Idempotency-Key", value: message.idempotencyKey)
        if let bearerToken { request.headers.add(name: "Authorization", value: "Bearer \(bearerToken)") }
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        guard
            let body = try? encoder.encode(
                Body(
                    to: message.recipient, text: message.text, thread: message.threadKey, deliveryId: message.deliveryID
                ))
        else { throw .permanent("the message could not be encoded") }
        request.body = .bytes(ByteBuffer(bytes: body))
        let answer = try await ProviderHTTP.send(request, client: client, timeout: timeout, maximumAnswer: 64 * 1024)
        switch answer.status {
        case 200..<300:
            let id = (answer.json?["id"]).map { "\($0)" } ?? message.idempotencyKey
            return ProviderReceipt(providerID: id)
        case 429:
            throw .rateLimited(until: ProviderHTTP.resetTime(answer.headers) ?? Date().addingTimeInterval(60))
        case 400..<500:
            throw .permanent("refused with \(answer.status)")
        default:
            throw .transient("failed with \(answer.status)")
        }
    }
}
