import AspirasiCore
import AspirasiStore
import ChannelKit
import Foundation
import HTTPTypes
import Hummingbird
import TwitterAdapter

/// X's Account Activity webhook: `GET` answers the CRC, `POST` takes events.
/// The signature is checked on the raw bytes before anything is parsed; a
/// forged or missing one is 401 and stores nothing. Each message goes
/// through the intake, which ignores a redelivered one.
struct TwitterRoutes: Sendable {
    static let maximumBodyBytes = 1024 * 1024

    let webhook: TwitterWebhook?
    let intake: IntakeQueue

    /// `GET /webhooks/twitter`: the CRC challenge.
    @Sendable func crc(_ request: Request, context: HubRequestContext) async throws -> Response {
        let webhook = try configured()
        guard let token = request.uri.queryParameters["crc_token"].map(String.init), !token.isEmpty else {
            throw APIError.missingParameter("crc_token")
        }
        guard TwitterWebhook.isPlausibleCRCToken(token) else {
            throw APIError.invalidParameter("crc_token", "up to 128 letters, digits and - _ = + /")
        }
        return Response(
            status: .ok, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: .init(string: webhook.crcResponse(token: token))))
    }
    /// `POST /webhooks/twitter`: signed account activity events.
    @Sendable func receive(_ request: Request, context: HubRequestContext) async throws -> Response {
        let webhook = try configured()
        let body = try await request.body.collect(upTo: Self.maximumBodyBytes)
        let raw = Data(body.readableBytesView)
        let signature = HTTPField.Name(TwitterWebhook.signatureHeader).flatMap { request.headers[$0] }
        guard webhook.isAuthentic(signature: signature, body: raw) else {
            throw APIError(
                .unauthorized, code: "invalid_signature", message: "missing or invalid x-twitter-webhooks-signature"
            )
        }
        try await ChannelIntake.submit(
            try ChannelIntake.decoded { () throws(AdapterError) in try webhook.decode(raw) }, to: intake)
        return Response(status: .ok)
    }

    func configured() throws -> TwitterWebhook {
        guard let webhook else {
            throw APIError.channelNotConfigured("the X channel")
        }
        return webhook
    }
}
