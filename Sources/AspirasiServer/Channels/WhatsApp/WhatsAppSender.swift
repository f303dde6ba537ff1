import AsyncHTTPClient
import ChannelKit
import Foundation
import NIOCore

/// Replies through the Cloud API, `POST {graph}/{phone-number-id}/messages` with the bearer token
/// (developers.facebook.com/docs/whatsapp/cloud-api/reference/messages). Inside the 24-hour
/// customer-service window, which opens with the citizen's latest message, the text goes as it is
/// (`"type":"text"`); outside it only an approved template may go
/// (developers.facebook.com/docs/whatsapp/cloud-api/guides/send-message-templates), so the configured
/// one carries our text as its one body variable, in its approved language. Should WhatsApp still answer
/// 131047 (the window closed between claim and send) the template goes at once. Meta takes no
/// idempotency key: an interrupted delivery is possibly sent.
struct WhatsAppSender: DeliverySender {
    static let window: TimeInterval = 24 * 3_600
    /// Meta's limit on a template's text variable; newlines, tabs and runs of spaces are refused in one.
    static let templateTextLimit = 1_024

    let settings: WhatsAppSettings
    let timeout: TimeAmount
    let client: HTTPClient

    var honoursIdempotencyKeys: Bool { false }

    func send(_ message: OutgoingMessage) async throws(SendFailure) -> ProviderReceipt {
        let recipient = message.recipient.hasPrefix("+") ? String(message.recipient.dropFirst()) : message.recipient
        guard !recipient.isEmpty, recipient.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .permanent("not a WhatsApp number")
        }
        let inWindow = message.citizenLastMessageAt.map { Date().timeIntervalSince($0) < Self.window } ?? false
        if inWindow {
            let answer = try await post(Self.text(message.text, to: recipient))
            if answer.status < 300 { return try Self.receipt(answer) }
            guard WhatsAppErrorCode.errorCode(answer) == WhatsAppErrorCode.reEngagement else {
                throw WhatsAppErrorCode.failure(answer)
            }
        }
        guard let template = settings.template else {
            throw .notAllowed(
                "outside WhatsApp's 24-hour window and no approved template (\(WhatsAppSettings.Variable.template))")
        }
        let answer = try await post(
            Self.template(template, language: settings.templateLanguage, text: message.text, to: recipient))
        guard answer.status < 300 else { throw WhatsAppErrorCode.failure(answer) }
        return try Self.receipt(answer)
    }

    func post(_ body: [String: Any]) async throws(SendFailure) -> ProviderAnswer {
        try await ProviderHTTP.postJSON(
            "\(settings.graphBase)/\(settings.phoneNumberID)/messages", body,
            headers: [("Authorization", "Bearer \(settings.accessToken)")], client: client, timeout: timeout)
    }

    static func text(_ text: String, to recipient: String) -> [String: Any] {
        [
            "messaging_product": "whatsapp", "recipient_type": "individual", "to": recipient, "type": "text",
            "text": ["preview_url": false, "body": text],
        ]
    }

    static func template(_ name: String, language: String, text: String, to recipient: String) -> [String: Any] {
        [
            "messaging_product": "whatsapp", "recipient_type": "individual", "to": recipient, "type": "template",
            "template": [
                "name": name, "language": ["code": language],
                "components": [["type": "body", "parameters": [["type": "text", "text": templateText(text)]]]],
            ],
        ]
    }

    /// Our text as a template variable: one line, single spaces, within the limit.
    static func templateText(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard words.count > templateTextLimit else { return words }
        return String(words.prefix(templateTextLimit - 1)) + "…"
    }

    /// `{"messaging_product":"whatsapp","contacts":[…],"messages":[{"id":"wamid…"}]}`.
    static func receipt(_ answer: ProviderAnswer) throws(SendFailure) -> ProviderReceipt {
        guard let messages = answer.json?["messages"] as? [[String: Any]], let id = messages.first?["id"] as? String
        else { throw .transient("WhatsApp answered \(answer.status) without a message id") }
        return ProviderReceipt(providerID: id)
    }
}
