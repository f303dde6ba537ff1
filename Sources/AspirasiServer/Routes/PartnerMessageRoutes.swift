import AspirasiCore
import AspirasiStore
import Foundation
import Hummingbird
import NIOCore

/// `POST /api/v1/messages`: partner systems and officers entering walk-in or
/// phone complaints. Answers 201 for a new message, 200 for a repeat.
struct PartnerMessageRoutes: Sendable {
    static let maximumBodyBytes = 64 * 1024

    let intake: IntakeQueue
    let keys: APIKeyVerifier
    /// Channels this hub runs an adapter for: only that adapter speaks for them. A partner posting
    /// "twitter" with a made-up thread would otherwise make the hub reply to anyone on X, or claim a
    /// real tweet's id before the webhook delivers it.
    var reservedChannels: Set<AspirasiCore.Channel> = []

    struct Answer: ResponseEncodable {
        let tracking_number: String
        let status: String?
        let category: String?
        let kelurahan: UnitRef?
        let duplicate_of: String?
        let created: Bool
        let outcome: String

        /// A note from someone other than the reporter learns nothing of the report it names.
        init(_ result: IntakeResult) {
            tracking_number = result.trackingNumber
            let shown = result.outcome.revealsReport
            status = shown ? result.status.rawValue : nil
            category = shown ? result.category : nil
            kelurahan = shown ? result.kelurahan : nil
            duplicate_of = shown ? result.duplicateOf : nil
            created = result.created
            outcome = result.outcome.rawValue
        }
    }

    /// `POST /api/v1/messages`: a message a partner system took in for a citizen; the key is a bearer token.
    @Sendable func submit(_ request: Request, context: HubRequestContext) async throws -> EditedResponse<Answer> {
        guard let key = request.bearerToken, try await keys.verify(key) != nil else {
            throw APIError.unauthorized
        }
        let body = try await request.body.collect(upTo: Self.maximumBodyBytes)
        let raw = Data(body.readableBytesView)
        try HubJSON.refuseNUL(in: raw)
        let decoded: PartnerMessageRequest
        do {
            decoded = try JSONDecoder().decode(PartnerMessageRequest.self, from: raw)
        } catch {
            throw APIError(
                .badRequest, code: "invalid_json", message: "the body must be a JSON object: \(HubJSON.describe(error))"
            )
        }
        let message = try decoded.message(catalog: await intake.catalog(), raw: raw)
        guard !reservedChannels.contains(message.channel) else {
            throw APIError.invalidParameter(
                "channel", "\(message.channel.rawValue) messages come through its own webhook on this hub")
        }
        let result = try await intake.submit(message)
        return EditedResponse(status: result.created ? .created : .ok, response: Answer(result))
    }
}
