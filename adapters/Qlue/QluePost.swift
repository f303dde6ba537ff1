import ChannelKit
import Foundation

/// One post of the Qlue feed, turned into the hub's message. Qlue's times are
/// Jakarta time (+07:00), with or without the offset written; a location of
/// exactly 0,0 is Qlue's way of saying the citizen gave none.
enum QluePost {
    /// The message for a feed entry, or why it cannot be one (the poller skips it and says so). `raw`: the
    /// entry's bytes as the feed sent them, kept as the raw payload; without them the entry is written out again.
    static func message(_ post: [String: Any], raw: Data? = nil) -> Result<InboundMessage, AdapterError> {
        guard let id = Loose.int(post[QlueFields.id]), id > 0 else {
            return .failure(.malformed("a post has no numeric \(QlueFields.id)"))
        }
        let title = Loose.text(post[QlueFields.title])
        let body = Loose.text(post[QlueFields.description])
        guard title != nil || body != nil else {
            return .failure(.malformed("post \(id) has neither \(QlueFields.title) nor \(QlueFields.description)"))
        }
        // Without Qlue's profile id a citizen cannot be told apart by name: the post stands for its author.
        let author = Loose.text(post[QlueFields.profileID]) ?? "post-\(id)"
        let photos = Loose.webURLs(post[QlueFields.images])
        let data = raw ?? (try? JSONSerialization.data(withJSONObject: post, options: [.sortedKeys]))
        return .success(
            InboundMessage(
                channel: .qlue, externalID: String(id), threadKey: String(id),
                author: .init(handle: "qlue:\(author)", displayName: Loose.text(post[QlueFields.profileName])),
                title: title, text: body ?? title ?? "",
                location: Loose.location(latitude: post[QlueFields.latitude], longitude: post[QlueFields.longitude]),
                addressText: Loose.text(post[QlueFields.address]), photos: photos,
                category: Loose.text(post[QlueFields.category]), publicPost: true,
                sentAt: JakartaTime.parse(Loose.text(post[QlueFields.date])),
                rawPayload: data, rawContentType: "application/json"))
    }
}
