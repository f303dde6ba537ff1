import ChannelKit
import MailKit

/// Chooses the text of a message and collects its attachments.
/// Rules: inside multipart/alternative the text/plain version wins when it
/// has content (it is what the sender typed; HTML is a rendering of it),
/// otherwise the richest version is converted from HTML; multipart/related
/// shows its root part; other multiparts (mixed, report, signed...) join the
/// text of their inline parts, so text around an inline photo is not lost.
enum BodySelector {
    /// The message text with line breaks normalised to "\n" and trimmed;
    /// empty when there is no text part.
    static func text(of root: MIMEPart) -> String {
        candidate(root)?.text.trimmingASCIIWhitespace() ?? ""
    }

    /// Every leaf that is not body text, in document order.
    static func attachments(of root: MIMEPart) -> [EmailAttachment] {
        root.leaves().filter { !isBodyText($0) }.map { leaf in
            EmailAttachment(
                filename: leaf.filename,
                contentType: leaf.contentType.mimeType,
                contentID: leaf.contentID,
                isInline: leaf.disposition?.isInline ?? (leaf.contentID != nil),
                bytes: leaf.decodedBody())
        }
    }

    /// text/plain or text/html that is not explicitly an attachment.
    static func isBodyText(_ part: MIMEPart) -> Bool {
        guard !part.isContainer, part.contentType.type == "text" else { return false }
        guard part.contentType.subtype == "plain" || part.contentType.subtype == "html" else { return false }
        return !(part.disposition?.isAttachment ?? false)
    }

    private static func candidate(_ part: MIMEPart) -> (text: String, isPlain: Bool)? {
        guard part.isContainer else {
            guard isBodyText(part) else { return nil }
            let text = normalizeLineBreaks(part.decodedText())
            return part.contentType.subtype == "html" ? (HTMLText.plainText(text), false) : (text, true)
        }
        switch part.contentType.subtype {
        case "alternative":
            let options = part.parts.compactMap(candidate)
            let nonEmpty = options.filter { !$0.text.trimmingASCIIWhitespace().isEmpty }
            return nonEmpty.first { $0.isPlain } ?? nonEmpty.last ?? options.last
        case "related":
            return relatedRoot(part).flatMap(candidate)
        default:
            let texts = part.parts.compactMap(candidate).filter { !$0.text.trimmingASCIIWhitespace().isEmpty }
            guard !texts.isEmpty else { return nil }
            let joined = texts.map { $0.text.trimmingASCIIWhitespace() }.joined(separator: "\n\n")
            return (joined, texts.allSatisfy(\.isPlain))
        }
    }

    /// The part named by the `start` parameter (RFC 2387), else the first.
    private static func relatedRoot(_ part: MIMEPart) -> MIMEPart? {
        if let start = part.contentType.parameters["start"] {
            let id = MessageIDList.parse(start).first ?? start
            if let match = part.parts.first(where: { $0.contentID == id }) { return match }
        }
        return part.parts.first
    }

    /// CRLF and lone CR become LF.
    static func normalizeLineBreaks(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            scalars.append(scalar == "\r" ? "\n" : scalar)
        }
        return String(scalars)
    }
}
