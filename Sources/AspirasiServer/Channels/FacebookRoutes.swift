import AspirasiCore
import AspirasiStore
import ChannelKit
import FacebookAdapter
import Foundation
import HTTPTypes
import Hummingbird

/// Meta's webhook for the Facebook Page: `GET` is the subscription
/// handshake, `POST` the signed events (checked on the raw bytes; a forged or
/// missing signature is 401 and stores nothing). Meta retries deliveries; the
/// intake's dedupe on the message id makes a retry harmless.
struct FacebookRoutes: Sendable {
    static let maximumBodyBytes = 1024 * 1024

    let webhook: FacebookWebhook?
    let intake: IntakeQueue

    /// `GET /webhooks/facebook`: the subscription handshake.
    @Sendable func verify(_ request: Request, context: HubRequestContext) async throws -> Response {
        let webhook = try configured()
        let query = request.uri.queryParameters
        guard
            let challenge = webhook.challengeAnswer(
                mode: query["hub.mode"].map(String.init), token: query["hub.verify_token"].map(String.init),
                challenge: query["hub.challenge"].map(String.init))
        else { throw APIError(.forbidden, code: "verification_failed", message: "hub.verify_token does not match") }
        return Response(
            status: .ok, headers: [.contentType: "text/plain"], body: .init(byteBuffer: .init(string: challenge)))
    }
    /// `POST /webhooks/facebook`: signed Page events.
    @Sendable func receive(_ request: Request, context: HubRequestContext) async throws -> Response {
        let webhook = try configured()
        let body = try await request.body.collect(upTo: Self.maximumBodyBytes)
        let raw = Data(body.readableBytesView)
        let signature = HTTPField.Name(FacebookWebhook.signatureHeader).flatMap { request.headers[$0] }
        guard webhook.isAuthentic(signature: signature, body: raw) else {
            throw APIError(
                .unauthorized, code: "invalid_signature", message: "missing or invalid X-Hub-Signature-256")
        }
        let messages = try ChannelIntake.decoded { () throws(AdapterError) in try webhook.decode(raw) }
        try await ChannelIntake.submit(messages, to: intake)
        return Response(status: .ok)
    }

    func configured() throws -> FacebookWebhook {
        guard let webhook else {
            throw APIError.channelNotConfigured("the Facebook channel")
        }
        return webhook
    }
}
