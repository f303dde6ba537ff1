import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The WhatsApp Cloud API as documented, over real HTTP: `POST /v21.0/{phone-number-id}/messages`
/// (bearer; a free-form message outside the 24-hour window since the customer's last message is
/// refused with 131047, as WhatsApp does), `GET /v21.0/{media-id}` answering `{url, mime_type,
/// sha256, file_size, id}`, and `GET` of that url, again with the bearer token. It also writes the
/// webhook calls WhatsApp would make, signed `X-Hub-Signature-256: sha256=<hex HMAC-SHA256>` with the
/// app secret, for the test to deliver.
public actor FakeWhatsApp {
    public struct Sent: Sendable {
        public let to: String
        public let type: String
        /// The text body, or the template's one body variable.
        public let text: String
        public let template: String?
        public let language: String?
    }

    public nonisolated let appSecret: String
    public nonisolated let accessToken: String
    public nonisolated let phoneNumberID: String
    public nonisolated let media: [UInt8]
    /// When each customer (wa_id) last wrote, by the fake's clock.
    private var lastInbound: [String: Date] = [:]
    private var clockOffset: TimeInterval = 0
    private var script: [Int] = []
    private var counter = 0
    public private(set) var sent: [Sent] = []
    public private(set) var mediaDownloads = 0

    public init(
        appSecret: String = "wa-app-secret", accessToken: String = "wa-token",
        phoneNumberID: String = "106540352242922",
        media: [UInt8]
    ) {
        self.appSecret = appSecret
        self.accessToken = accessToken
        self.phoneNumberID = phoneNumberID
        self.media = media
    }

    /// Time passes on WhatsApp's side (the customer-service window closes).
    public func advance(hours: Double) { clockOffset += hours * 3_600 }
    /// The next sends fail with these error codes, in order.
    public func fail(with codes: [Int]) { script = codes }

    var now: Date { Date().addingTimeInterval(clockOffset) }

    /// A signed webhook call carrying `messages` from `from` (wa_id) to our number; the customer's window opens.
    public func inbound(from: String, name: String, messages: [[String: any Sendable]]) -> (
        body: String, signature: String
    ) {
        lastInbound[from] = now
        let value: [String: Any] = [
            "messaging_product": "whatsapp",
            "metadata": ["display_phone_number": "6281100001708", "phone_number_id": phoneNumberID],
            "contacts": [["profile": ["name": name], "wa_id": from]],
            "messages": messages.map { message in message.merging(["from": from]) { $1 } },
        ]
        return signed(value)
    }

    /// A signed webhook call with a status of a message we sent.
    public nonisolated func status(_ id: String, _ status: String, recipient: String, errorCode: Int? = nil)
        -> (body: String, signature: String)
    {
        var entry: [String: Any] = [
            "id": id, "status": status, "timestamp": "\(Int(Date().timeIntervalSince1970))", "recipient_id": recipient,
        ]
        if let errorCode {
            entry["errors"] = [
                ["code": errorCode, "title": "Message undeliverable", "message": "Message undeliverable"]
            ]
        }
        return signed([
            "messaging_product": "whatsapp",
            "metadata": ["display_phone_number": "6281100001708", "phone_number_id": phoneNumberID],
            "statuses": [entry],
        ])
    }

    nonisolated func signed(_ value: [String: Any]) -> (body: String, signature: String) {
        let envelope: [String: Any] = [
            "object": "whatsapp_business_account",
            "entry": [["id": "102290129340398", "changes": [["field": "messages", "value": value]]]],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: envelope, options: [.sortedKeys])) ?? Data()
        return (String(decoding: data, as: UTF8.self), "sha256=" + Self.hmac(data, secret: appSecret))
    }

    public nonisolated static func hmac(_ data: Data, secret: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: data, using: SymmetricKey(data: Data(secret.utf8)))
        return mac.map { String(format: "%02x", $0) }.joined()
    }

    func send(_ bytes: ByteBuffer) -> Response {
        let body = jsonObject(bytes)
        guard let to = body["to"] as? String, let type = body["type"] as? String,
            body["messaging_product"] as? String == "whatsapp"
        else { return Self.error(100, "Invalid parameter", status: .badRequest) }
        if let code = script.first {
            script.removeFirst()
            return Self.error(
                code, "scripted", status: code == 130429 || code == 131056 ? .tooManyRequests : .badRequest)
        }
        let text: String
        var template: (name: String, language: String)?
        switch type {
        case "text":
            guard let last = lastInbound[to], now.timeIntervalSince(last) < 24 * 3_600 else {
                return Self.error(131047, "Re-engagement message", status: .badRequest)
            }
            text = (body["text"] as? [String: Any])?["body"] as? String ?? ""
        case "template":
            let object = body["template"] as? [String: Any] ?? [:]
            let components = object["components"] as? [[String: Any]] ?? []
            let parameters = components.first?["parameters"] as? [[String: Any]] ?? []
            text = parameters.first?["text"] as? String ?? ""
            template = (
                object["name"] as? String ?? "", (object["language"] as? [String: Any])?["code"] as? String ?? ""
            )
        default:
            return Self.error(100, "Invalid parameter", status: .badRequest)
        }
        counter += 1
        sent.append(Sent(to: to, type: type, text: text, template: template?.name, language: template?.language))
        return jsonResponse([
            "messaging_product": "whatsapp", "contacts": [["input": to, "wa_id": to]],
            "messages": [["id": "wamid.OUT\(counter)"]],
        ])
    }

    func downloaded() { mediaDownloads += 1 }

    static func error(_ code: Int, _ message: String, status: HTTPResponse.Status) -> Response {
        jsonResponse(
            [
                "error": [
                    "message": "(#\(code)) \(message)", "type": "OAuthException", "code": code,
                    "error_data": ["messaging_product": "whatsapp", "details": message], "fbtrace_id": "Az8or2yhqkZfEZ",
                ]
            ], status: status)
    }

    public nonisolated func router() -> Router<BasicRequestContext> {
        let router = Router()
        let bearer = "Bearer \(accessToken)"
        // One parameter name for both Graph paths: Hummingbird refuses two names at one position.
        router.post("/v21.0/:node/messages") { request, context -> Response in
            guard request.headers[.authorization] == bearer else {
                return Self.error(190, "token", status: .unauthorized)
            }
            guard context.parameters.get("node") == self.phoneNumberID else {
                return Self.error(100, "Unknown phone number", status: .badRequest)
            }
            return await self.send(try await request.body.collect(upTo: 64 * 1024))
        }
        router.get("/v21.0/:node") { request, context -> Response in
            guard request.headers[.authorization] == bearer else {
                return Self.error(190, "token", status: .unauthorized)
            }
            let id = context.parameters.get("node") ?? ""
            return jsonResponse([
                "messaging_product": "whatsapp",
                "url": "http://\(request.head.authority ?? "127.0.0.1")/whatsapp/media/\(id)",
                "mime_type": "image/jpeg",
                "sha256": SHA256.hash(data: self.media).map { String(format: "%02x", $0) }.joined(),
                "file_size": self.media.count, "id": id,
            ])
        }
        router.get("/whatsapp/media/:media") { request, _ -> Response in
            guard request.headers[.authorization] == bearer else { return Response(status: .unauthorized) }
            await self.downloaded()
            return Response(
                status: .ok, headers: [.contentType: "image/jpeg"],
                body: .init(byteBuffer: ByteBuffer(bytes: self.media)))
        }
        return router
    }
}
