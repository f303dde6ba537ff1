import ChannelKit
import Foundation
import MailKit

/// One fetched mail as the hub's message, or why it is not one.
///
/// Bounces and auto-replies (an out-of-office answering our acknowledgement)
/// are not citizens' words: they are passed over. Mail that is only marked
/// "do not answer automatically" (lists, bulk, `X-Auto-Response-Suppress`) is
/// taken in, but with no address to answer, so no reply ever goes out to it.
public enum EmailInbound {
    public enum Decision: Sendable, Equatable {
        case take(InboundMessage)
        case skip(String)
    }

    /// The largest raw mail kept with its message for the record; bigger ones keep their text only.
    static let maximumRawBytes = 256 * 1024
    static let maximumPhotos = 10

    public static func decode(_ bytes: [UInt8]) -> Decision {
        let mail: ParsedEmail
        do {
            mail = try ParsedEmail(bytes: bytes)
        } catch {
            return .skip("unreadable mail: \(error)")
        }
        let reasons = mail.loopGuard.reasons
        if let machine = reasons.first(where: isMachineMail) {
            return .skip("an automatic message (\(machine)), not a citizen's")
        }
        guard let sender = mail.replyAddresses.first ?? mail.from else {
            return .skip("no sender address")
        }
        let subject = mail.subject.flatMap { $0.isEmpty ? nil : $0 }
        let body = ReplyText.stripped(mail.textBody)
        let text = body.isEmpty ? (subject ?? "") : body
        guard !text.isEmpty || !mail.attachments.isEmpty else { return .skip("an empty mail") }
        let photos = mail.attachments.compactMap { attachment -> InboundMessage.Attachment? in
            guard attachment.bytes.count <= ImageType.maximumBytes, let type = ImageType.sniff(attachment.bytes)
            else { return nil }
            return InboundMessage.Attachment(type: type, bytes: attachment.data)
        }
        let id = mail.messageID ?? "sha256:" + WebhookSignature.sha256Hex(bytes)
        return .take(
            InboundMessage(
                channel: .email, externalID: id, inReplyTo: mail.inReplyTo,
                references: mail.references.reversed(),
                author: .init(
                    handle: reasons.isEmpty ? sender.normalizedAddress : "", displayName: sender.displayName),
                title: subject, text: text.isEmpty ? "(foto)" : text, attachments: Array(photos.prefix(maximumPhotos)),
                sentAt: mail.date, rawPayload: bytes.count <= maximumRawBytes ? Data(bytes) : nil,
                rawContentType: "message/rfc822"))
    }

    /// Mail a machine wrote about other mail: delivery reports and automatic answers.
    static func isMachineMail(_ reason: LoopGuard.Reason) -> Bool {
        switch reason {
        case .autoSubmitted, .nullReturnPath, .systemSender, .multipartReport: true
        case .precedence(let value): value == "auto_reply" || value == "junk"
        case .listID, .listUnsubscribe, .autoResponseSuppress: false
        }
    }
}
