import AspirasiCore
import AspirasiStore
import ChannelKit
import Foundation
import Hummingbird
import Logging
import NIOCore
import SMSAdapter

/// Kannel's smsbox calls these: the get-url for each incoming SMS and the
/// dlr-url for each delivery report. Kannel signs nothing, so both require
/// the secret token in the path (compared in constant time) and a peer
/// address on the allow-list; anything else is 403 and stores nothing.
/// Answers are empty 200s: with `max-messages = 0` Kannel sends no reply SMS,
/// but it would send an error page back to the citizen, so errors stay rare.
struct KannelRoutes: Sendable {
    let gate: KannelGate?
    let intake: IntakeQueue
    let outbox: OutboxStore

    /// `GET /webhooks/sms/kannel/{token}`: Kannel's get-url for an incoming SMS.
    @Sendable func receive(_ request: Request, context: HubRequestContext) async throws -> Response {
        try authorize(context)
        let message: InboundMessage
        do throws(AdapterError) {
            message = try KannelInbound.decode(query: request.uri.query ?? "")
        } catch {
            // Kannel would send an error answer back to the citizen as an SMS: log it (without the
            // number) and answer an empty 200 instead.
            context.logger.notice("unreadable SMS from Kannel", metadata: ["reason": "\(error.message)"])
            return Response(status: .ok)
        }
        try await ChannelIntake.submit([message], to: intake)
        return Response(status: .ok)
    }
    /// `GET /webhooks/sms/kannel/{token}/dlr`: a delivery report.
    @Sendable func deliveryReport(_ request: Request, context: HubRequestContext) async throws -> Response {
        try authorize(context)
        let query = request.uri.queryParameters
        guard let id = query["delivery"].flatMap({ Int(String($0)) }) else {
            throw APIError.invalidParameter("delivery", "the delivery id Kannel was given in the dlr-url")
        }
        // Any number is a report (combined bits such as 34, expired): recorded, never refused.
        guard let code = query["status"].flatMap({ Int(String($0)) }) else {
            throw APIError.invalidParameter("status", "Kannel's DLR type (%d), a number")
        }
        let status = KannelDeliveryReport.describe(code)
        guard
            try await outbox.recordProviderStatus(
                id, channel: Channel.sms.rawValue, status: status, logger: context.logger)
        else {
            // Unknown, or already final: nothing to change, and nothing Kannel could do about it.
            return Response(status: .ok)
        }
        return Response(status: .ok)
    }

    func authorize(_ context: HubRequestContext) throws {
        guard let gate else {
            throw APIError.channelNotConfigured("the Kannel SMS gateway")
        }
        let peer = context.remoteAddress?.ipAddress.flatMap { IPAddress($0) }
        guard gate.admits(token: context.parameters.get("token") ?? "", peer: peer) else {
            throw APIError(.forbidden, code: "forbidden", message: "unknown token or address not allowed")
        }
    }
}
