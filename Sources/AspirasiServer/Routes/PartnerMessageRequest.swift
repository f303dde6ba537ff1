import AspirasiCore
import Foundation
import Hummingbird

/// The JSON body of `POST /api/v1/messages`: the InboundMessage fields.
struct PartnerMessageRequest: Decodable {
    static let maximumTextLength = 4000
    static let maximumPhotos = 10

    var channel: String?
    var external_id: String?
    var text: String?
    var title: String?
    var author: String?
    var author_name: String?
    var lat: Double?
    var lon: Double?
    var address: String?
    var category: String?
    var photos: [String]?
    var sent_at: String?
    var thread_key: String?
    var in_reply_to: String?
    var reopen: Bool?

    /// The message, or the first field that is wrong.
    func message(catalog: IntakeCatalog, raw: Data) throws(APIError) -> InboundMessage {
        guard let channelText = channel, !channelText.isEmpty else { throw .missingField("channel") }
        guard let channel = Channel(rawValue: channelText) else {
            let names = Channel.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalidField("channel", "channel must be one of \(names)")
        }
        guard let externalID = external_id, !externalID.isEmpty else { throw .missingField("external_id") }
        guard externalID.count <= 200 else {
            throw .invalidField("external_id", "external_id is longer than 200 characters")
        }
        // Indexed, like external_id: a long key would fail in PostgreSQL's index (a 503) instead.
        guard (thread_key?.count ?? 0) <= 200 else {
            throw .invalidField("thread_key", "thread_key is longer than 200 characters")
        }
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .missingField("text")
        }
        guard text.count <= Self.maximumTextLength else {
            throw .invalidField("text", "text is longer than \(Self.maximumTextLength) characters")
        }
        guard let author, !author.isEmpty, author.count <= 320 else {
            throw author == nil
                ? .missingField("author") : .invalidField("author", "author must be 1 to 320 characters")
        }
        let location = try point()
        if let category, catalog.categories[category] == nil {
            throw .invalidField(
                "category", "unknown category \(category.prefix(60)); GET /open311/v2/services lists them")
        }
        let photos = self.photos ?? []
        guard photos.count <= Self.maximumPhotos else {
            throw .invalidField("photos", "at most \(Self.maximumPhotos) photos")
        }
        for photo in photos {
            guard photo.count <= 2000, let url = URL(string: photo), ["http", "https"].contains(url.scheme ?? "") else {
                throw .invalidField("photos", "each photo must be an http(s) URL")
            }
        }
        var sentAt: Date? = nil
        if let sent_at {
            guard let date = try? Date(sent_at, strategy: .iso8601) else {
                throw .invalidField("sent_at", "sent_at must be an ISO 8601 time such as 2026-11-23T09:30:00+07:00")
            }
            sentAt = date
        }
        return InboundMessage(
            channel: channel, externalID: externalID, threadKey: thread_key, inReplyTo: in_reply_to,
            author: .init(handle: author, displayName: author_name), title: title, text: text, location: location,
            addressText: address, photos: photos, category: category, requestsReopen: reopen ?? false,
            sentAt: sentAt, rawPayload: raw, rawContentType: "application/json")
    }

    private func point() throws(APIError) -> GeoPoint? {
        switch (lat, lon) {
        case (nil, nil): return nil
        case (nil, _): throw .invalidField("lat", "lat and lon come together")
        case (_, nil): throw .invalidField("lon", "lat and lon come together")
        case (let lat?, let lon?):
            do {
                return try GeoPoint(latitude: lat, longitude: lon)
            } catch .latitudeOutOfRange {
                throw .invalidField("lat", "lat must be between -90 and 90")
            } catch {
                throw .invalidField("lon", "lon must be between -180 and 180")
            }
        }
    }
}

extension APIError {
    static func missingField(_ name: String) -> APIError {
        APIError(.badRequest, code: "missing_field", message: "the field \(name) is required", parameter: name)
    }

    static func invalidField(_ name: String, _ message: String) -> APIError {
        APIError(.badRequest, code: "invalid_field", message: message, parameter: name)
    }

    static let unauthorized = APIError(
        .unauthorized, code: "unauthorized", message: "a valid API key is required: Authorization: Bearer <key>")
}
