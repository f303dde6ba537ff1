import AspirasiCore
import ChannelKit
import Foundation

/// One message of the webhook's `messages` list, as far as a report needs it: `from` (the wa_id, an
/// international number without `+`), `id` (`wamid.…`), `timestamp` (epoch seconds as a string),
/// `context.id` when it answers one of ours, and by `type`: `text.body`; `location.latitude`,
/// `.longitude`, `.name`, `.address`; `image.id` and `.caption`.
struct WhatsAppMessage {
    let from: String
    let id: String
    let sentAt: Date?
    let replyTo: String?
    var text: String?
    var location: GeoPoint?
    var address: String?
    var mediaID: String?

    init?(_ object: [String: Any]) {
        guard let from = object["from"] as? String, !from.isEmpty, from.allSatisfy({ $0.isASCII && $0.isNumber }),
            let id = object["id"] as? String, !id.isEmpty
        else { return nil }
        self.from = from
        self.id = id
        self.sentAt = (object["timestamp"] as? String).flatMap(Double.init).map { Date(timeIntervalSince1970: $0) }
        self.replyTo = (object["context"] as? [String: Any])?["id"] as? String
        switch object["type"] as? String {
        case "text":
            text = (object["text"] as? [String: Any])?["body"] as? String
        case "location":
            let location = object["location"] as? [String: Any]
            if let lat = (location?["latitude"] as? NSNumber)?.doubleValue,
                let lon = (location?["longitude"] as? NSNumber)?.doubleValue
            {
                self.location = try? GeoPoint(latitude: lat, longitude: lon)
            }
            address = [location?["name"] as? String, location?["address"] as? String].compactMap { $0 }
                .joined(separator: ", ")
        case "image":
            let image = object["image"] as? [String: Any]
            mediaID = image?["id"] as? String
            text = image?["caption"] as? String
        default:
            return nil
        }
    }

    /// The messages of one sender in one call as one inbound message.
    static func joined(_ parts: [WhatsAppMessage], from: String, name: String?, raw: Data) -> InboundMessage {
        let first = parts[0]
        let text = parts.compactMap(\.text).filter { !$0.isEmpty }.joined(separator: "\n")
        let address = parts.compactMap(\.address).first { !$0.isEmpty }
        return InboundMessage(
            channel: .whatsapp, externalID: first.id, threadKey: "whatsapp:\(from)",
            inReplyTo: parts.compactMap(\.replyTo).first, author: .init(handle: "+" + from, displayName: name),
            text: text.isEmpty ? (address ?? "") : text, location: parts.compactMap(\.location).first,
            addressText: address, photos: parts.compactMap(\.mediaID).map { WhatsAppWebhook.mediaScheme + $0 },
            sentAt: parts.compactMap(\.sentAt).min(), rawPayload: raw, rawContentType: "application/json")
    }
}
