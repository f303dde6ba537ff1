import AspirasiCore
import AspirasiStore
import ChannelKit
import ForumAdapter
import Foundation
import HTTPTypes
import Hummingbird

/// The forum's Discourse-style webhook: `X-Discourse-Event-Signature` is an
/// HMAC-SHA256 of the raw body, checked in constant time before anything is
/// parsed (forged or missing: 401, nothing stored). Post events become
/// messages; everything else (pings, topic and user events) is acknowledged
/// and dropped. The forum retries; the intake's dedupe on the post makes that harmless.
struct ForumRoutes: Sendable {
    static let maximumBodyBytes = 1024 * 1024

    let webhook: DiscourseWebhook?
    let intake: IntakeQueue

    /// `POST /webhooks/forum`: signed Discourse events.
    @Sendable func receive(_ request: Request, context: HubRequestContext) async throws -> Response {
        guard let webhook else { throw APIError.channelNotConfigured("the forum webhook") }
        let body = try await request.body.collect(upTo: Self.maximumBodyBytes)
        let raw = Data(body.readableBytesView)
        let signature = HTTPField.Name(DiscourseWebhook.signatureHeader).flatMap { request.headers[$0] }
        guard webhook.isAuthentic(signature: signature, body: raw) else {
            throw APIError(
                .unauthorized, code: "invalid_signature",
                message: "missing or invalid \(DiscourseWebhook.signatureHeader)")
        }
        let event = HTTPField.Name(DiscourseWebhook.eventHeader).flatMap { request.headers[$0] }
        let messages = try ChannelIntake.decoded { () throws(AdapterError) in
            try webhook.decode(raw, event: event)
        }
        try await ChannelIntake.submit(messages, to: intake)
        return Response(status: .ok)
    }
}
