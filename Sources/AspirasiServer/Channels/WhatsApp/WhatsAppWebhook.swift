import AspirasiCore
import ChannelKit
import Foundation

/// The Cloud API's webhook (developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components and
/// .../webhooks/payload-examples): `{"object":"whatsapp_business_account","entry":[{"id","changes":
/// [{"field":"messages","value":{"metadata":{"phone_number_id"},"contacts":[{"profile":{"name"},
/// "wa_id"}],"messages":[…],"statuses":[…]}}]}]}`, signed in `X-Hub-Signature-256` as
/// `sha256=<hex HMAC-SHA256(app secret, raw body)>` like every Meta webhook
/// (developers.facebook.com/docs/graph-api/webhooks/getting-started, "Validating Payloads").
///
/// A citizen on WhatsApp sends a photo, a location and words as separate messages; those of one sender
/// in one call become one report (the first message's `wamid` is its id, so a redelivery of the call
/// creates nothing). Only text, location and image are taken in; other types are acknowledged and dropped.
struct WhatsAppWebhook: SignedWebhook, SubscriptionHandshake {
    static let signatureHeader = "X-Hub-Signature-256"
    /// A photo reference the media fetcher resolves through the Graph API (`WhatsAppMediaPhotos`).
    static let mediaScheme = "whatsapp-media:"

    let appSecret: String
    let verifyToken: String
    /// Our business number: messages to the account's other numbers are someone else's.
    let phoneNumberID: String

    var signatureHeader: String { Self.signatureHeader }

    func isAuthentic(_ request: WebhookRequest) -> Bool {
        guard let signature = request.header(Self.signatureHeader) else { return false }
        return WebhookSignature.isValid(
            signature, prefix: "sha256=", payload: request.body, secret: Data(appSecret.utf8), encoding: .hex)
    }

    func decode(_ request: WebhookRequest) throws(AdapterError) -> WebhookContent {
        let root = try Self.object(request.body)
        guard root["object"] as? String == "whatsapp_business_account", let entries = root["entry"] as? [[String: Any]]
        else { throw .malformed("not a WhatsApp event: object must be \"whatsapp_business_account\" with entries") }
        var content = WebhookContent()
        for change in entries.flatMap({ $0["changes"] as? [[String: Any]] ?? [] }) {
            guard change["field"] as? String == "messages", let value = change["value"] as? [String: Any],
                (value["metadata"] as? [String: Any])?["phone_number_id"].map({ "\($0)" }) == phoneNumberID
            else { continue }
            content.messages += messages(value, raw: request.body)
            content.statuses += (value["statuses"] as? [[String: Any]] ?? []).compactMap(Self.status)
        }
        return content
    }

    /// The value's messages, those of one sender joined into one.
    func messages(_ value: [String: Any], raw: Data) -> [InboundMessage] {
        var names: [String: String] = [:]
        for contact in value["contacts"] as? [[String: Any]] ?? [] {
            if let id = contact["wa_id"] as? String {
                names[id] = (contact["profile"] as? [String: Any])?["name"] as? String
            }
        }
        var bySender: [(String, [WhatsAppMessage])] = []
        for object in value["messages"] as? [[String: Any]] ?? [] {
            guard let message = WhatsAppMessage(object) else { continue }
            if let index = bySender.firstIndex(where: { $0.0 == message.from }) {
                bySender[index].1.append(message)
            } else {
                bySender.append((message.from, [message]))
            }
        }
        return bySender.map { from, parts in
            WhatsAppMessage.joined(parts, from: from, name: names[from], raw: raw)
        }
    }

    /// A status of a message we sent: `sent`, `delivered`, `read` or `failed` (with WhatsApp's error code).
    static func status(_ object: [String: Any]) -> ProviderStatusReport? {
        guard let id = object["id"] as? String, let status = object["status"] as? String, !status.isEmpty else {
            return nil
        }
        let code = ((object["errors"] as? [[String: Any]])?.first?["code"] as? NSNumber)?.intValue
        return ProviderStatusReport(providerID: id, status: code.map { "\(status) (\($0))" } ?? status)
    }

    /// Reports may overtake each other; a later stage, and a final word, stay.
    func statusesOutranking(_ status: String) -> [String] {
        let failed = Self.failedStatuses
        switch status {
        case "read": return failed
        case "delivered": return ["read"] + failed
        case _ where status.hasPrefix("failed"): return ["read"]
        default: return ["delivered", "read"] + failed
        }
    }

    /// A failed status is recorded with its code; these are the codes the tests and operators see most.
    static let failedStatuses = ["failed"] + WhatsAppErrorCode.known.map { "failed (\($0))" }

    static func object(_ body: Data) throws(AdapterError) -> [String: Any] {
        guard let parsed = try? JSONSerialization.jsonObject(with: body), let object = parsed as? [String: Any] else {
            throw .malformed("the body is not a JSON object")
        }
        return object
    }
}
