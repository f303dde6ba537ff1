import AspirasiCore
import AspirasiStore
import ChannelKit
import Foundation
import HTTPTypes
import Hummingbird

/// The one route every signed webhook shares (`SignedWebhook`): the body is read whole (up to the
/// limit), the signature checked on those bytes before anything is parsed (forged or missing: 401,
/// nothing stored), then the messages go through the intake, whose dedupe on the provider's message id
/// makes a provider's retry harmless, and the statuses onto the deliveries they name.
struct SignedWebhookRoutes<Webhook: SignedWebhook>: Sendable {
    let channel: Channel
    let webhook: Webhook?
    /// How the channel is named when it is not configured ("the Facebook channel").
    let name: String
    let maximumBodyBytes: Int
    let intake: IntakeQueue
    let outbox: OutboxStore

    init(
        _ channel: Channel, _ webhook: Webhook?, name: String, maximumBodyBytes: Int = 1024 * 1024,
        dependencies: HubDependencies
    ) {
        self.channel = channel
        self.webhook = webhook
        self.name = name
        self.maximumBodyBytes = maximumBodyBytes
        self.intake = dependencies.intake
        self.outbox = OutboxStore(dependencies.client)
    }

    /// `POST`: a signed delivery of events.
    @Sendable func receive(_ request: Request, context: HubRequestContext) async throws -> Response {
        let webhook = try configured()
        let body = try await request.body.collect(upTo: maximumBodyBytes)
        let call = WebhookRequest(
            body: Data(body.readableBytesView),
            headers: Dictionary(request.headers.map { ($0.name.canonicalName, $0.value) }) { first, _ in first },
            query: Dictionary(request.uri.queryParameters.map { (String($0.key), String($0.value)) }) { a, _ in a })
        guard webhook.isAuthentic(call) else {
            throw APIError(
                .unauthorized, code: "invalid_signature", message: "missing or invalid \(webhook.signatureHeader)")
        }
        let content: WebhookContent
        do throws(AdapterError) {
            content = try webhook.decode(call)
        } catch {
            throw APIError(.badRequest, code: "malformed_payload", message: error.message)
        }
        try await ChannelIntake.submit(content.messages, to: intake)
        for report in content.statuses {
            // A status of a message another system sent, or one already final, changes nothing.
            try await outbox.recordProviderStatus(
                providerID: report.providerID, channel: channel.rawValue, status: report.status,
                keeping: webhook.statusesOutranking(report.status), logger: context.logger)
        }
        guard let acknowledgement = webhook.acknowledgement else { return Response(status: .ok) }
        return Response(
            status: .ok, headers: [.contentType: acknowledgement.contentType],
            body: .init(byteBuffer: .init(string: acknowledgement.body)))
    }

    func configured() throws -> Webhook {
        guard let webhook else { throw APIError.channelNotConfigured(name) }
        return webhook
    }
}

extension SignedWebhookRoutes where Webhook: SubscriptionHandshake {
    /// `GET`: Meta's subscription handshake, answered with the challenge when the verify token is ours.
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
}
