import AspirasiCore
import AspirasiStore
import ChannelKit
import Foundation
import HTTPTypes
import Hummingbird
import SMSAdapter

/// A Twilio-style gateway's inbound SMS: the form is checked against
/// `X-Twilio-Signature` before anything is stored (401 otherwise), goes
/// through the intake (a retried `MessageSid` creates nothing new), and the
/// answer is empty TwiML: replies go out through the outbox.
struct TwilioRoutes: Sendable {
    static let maximumBodyBytes = 64 * 1024

    let webhook: TwilioWebhook?
    let intake: IntakeQueue

    /// `POST /webhooks/sms/twilio`: a signed inbound SMS.
    @Sendable func receive(_ request: Request, context: HubRequestContext) async throws -> Response {
        guard let webhook else {
            throw APIError.channelNotConfigured("the Twilio SMS gateway")
        }
        let body = try await request.body.collect(upTo: Self.maximumBodyBytes)
        let raw = Data(body.readableBytesView)
        let form = FormFields(String(decoding: raw, as: UTF8.self))
        let signature = HTTPField.Name(TwilioWebhook.signatureHeader).flatMap { request.headers[$0] }
        guard webhook.isAuthentic(signature: signature, form: form) else {
            throw APIError(
                .unauthorized, code: "invalid_signature", message: "missing or invalid X-Twilio-Signature")
        }
        let message = try ChannelIntake.decoded { () throws(AdapterError) in [try webhook.decode(form, raw: raw)] }
        try await ChannelIntake.submit(message, to: intake)
        return Response(
            status: .ok, headers: [.contentType: "text/xml"],
            body: .init(byteBuffer: .init(string: TwilioWebhook.emptyResponse)))
    }
}
