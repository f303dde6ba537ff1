import ChannelKit
import Foundation

/// One LAPOR! report as the hub's messages: the report itself (external id:
/// LAPOR!'s tracking id) and each comment its reporter added, threaded to it.
/// The citizen is reached through LAPOR!, never directly: the handle is the
/// LAPOR! report, and an anonymous report keeps no name.
enum LaporReport {
    static func messages(_ item: [String: Any]) -> Result<[InboundMessage], AdapterError> {
        guard let id = Loose.text(item[LaporFields.trackingID]), id.count <= 64,
            id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else { return .failure(.malformed("a report has no usable \(LaporFields.trackingID)")) }
        let title = Loose.text(item[LaporFields.title])
        guard let body = Loose.text(item[LaporFields.body]) ?? title else {
            return .failure(.malformed("report \(id) has no \(LaporFields.body)"))
        }
        let anonymous = item[LaporFields.anonymous] as? Bool ?? false
        let name =
            anonymous ? nil : Loose.text((item[LaporFields.reporter] as? [String: Any])?[LaporFields.reporterName])
        let author = InboundMessage.Author(handle: "lapor:\(id)", displayName: name)
        // The record keeps what LAPOR! sent, but never the reporter's identity block: LAPOR! hides it
        // from agencies for anonymous reports, and the name we need is already the author's.
        var recorded = item
        recorded[LaporFields.reporter] = nil
        let raw = try? JSONSerialization.data(withJSONObject: recorded, options: [.sortedKeys])
        var messages = [
            InboundMessage(
                channel: .lapor, externalID: id, threadKey: id, author: author, title: title, text: body,
                location: Loose.location(latitude: item[LaporFields.latitude], longitude: item[LaporFields.longitude]),
                addressText: Loose.text(item[LaporFields.address]),
                photos: Loose.webURLs(item[LaporFields.attachments]),
                confidential: item[LaporFields.confidential] as? Bool ?? false,
                sentAt: JakartaTime.parse(Loose.text(item[LaporFields.created])), rawPayload: raw,
                rawContentType: "application/json")
        ]
        for comment in item[LaporFields.comments] as? [[String: Any]] ?? [] {
            guard Loose.text(comment[LaporFields.commentFrom]) == LaporFields.fromReporter,
                let commentID = Loose.text(comment[LaporFields.commentID]),
                let text = Loose.text(comment[LaporFields.commentBody])
            else { continue }
            messages.append(
                InboundMessage(
                    channel: .lapor, externalID: "\(id)/komentar/\(commentID)", threadKey: id, inReplyTo: id,
                    author: author, text: text, confidential: item[LaporFields.confidential] as? Bool ?? false,
                    sentAt: JakartaTime.parse(Loose.text(comment[LaporFields.created]))))
        }
        return .success(messages)
    }
}
