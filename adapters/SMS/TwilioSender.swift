import AsyncHTTPClient
import ChannelKit
import Foundation
import NIOCore
import NIOHTTP1

/// Sends SMS through a Twilio-style Messages API: a form POST to
/// `/2010-04-01/Accounts/{sid}/Messages.json` with basic auth. The text is
/// prepared as GSM-7 where it can be (look-alike punctuation replaced) so a
/// status message stays one segment; the gateway concatenates longer ones.
/// The API takes no idempotency key: an interrupted delivery is possibly sent.
public struct TwilioSender: DeliverySender {
    public let apiBase: String
    let accountSID: String
    let authToken: String
    /// Our number or a messaging service id (`MG...`).
    let from: String
    let timeout: TimeAmount
    let client: HTTPClient

    public var honoursIdempotencyKeys: Bool { false }

    public init(
        apiBase: String = "https://api.twilio.com", accountSID: String, authToken: String, from: String,
        timeout: TimeAmount = .seconds(10), client: HTTPClient
    ) {
        self.apiBase = apiBase.hasSuffix("/") ? String(apiBase.dropLast()) : apiBase
        self.accountSID = accountSID
        self.authToken = authToken
        self.from = from
        self.timeout = timeout
        self.client = client
    }

    public func send(_ message: OutgoingMessage) async throws(SendFailure) -> ProviderReceipt {
        guard message.recipient.hasPrefix("+"), message.recipient.dropFirst().allSatisfy(\.isNumber) else {
            throw .permanent("not a phone number in international form")
        }
        let text = SMSText(message.text)
        var request = HTTPClientRequest(url: "\(apiBase)/2010-04-01/Accounts/\(accountSID)/Messages.json")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        let credentials = Data("\(accountSID):\(authToken)".utf8).base64EncodedString()
        request.headers.add(name: "Authorization", value: "Basic \(credentials)")
        let sender = from.hasPrefix("MG") ? "MessagingServiceSid" : "From"
        let form = [("To", message.recipient), (sender, from), ("Body", text.text)]
            .map { "\($0.0)=\(FormFields.encode($0.1))" }.joined(separator: "&")
        request.body = .bytes(ByteBuffer(string: form))
        let answer = try await ProviderHTTP.send(request, client: client, timeout: timeout)
        return try Self.receipt(answer)
    }

    /// 201 with `sid`; 429 (or error 20429) waits; 401 is a bad credential and
    /// 400 a refused number (21211 invalid, 21610 unsubscribed): permanent.
    static func receipt(_ answer: ProviderAnswer) throws(SendFailure) -> ProviderReceipt {
        let code = (answer.json?["code"] as? NSNumber)?.intValue
        switch answer.status {
        case 200..<300:
            guard let sid = answer.json?["sid"] as? String else { throw .transient("the gateway gave no sid") }
            return ProviderReceipt(providerID: sid)
        case 429:
            throw .rateLimited(until: ProviderHTTP.resetTime(answer.headers) ?? Date().addingTimeInterval(60))
        case 400..<500 where code == 20429:
            throw .rateLimited(until: Date().addingTimeInterval(60))
        case 400..<500:
            throw .permanent("the gateway refused with \(answer.status), code \(code.map(String.init) ?? "none")")
        default:
            throw .transient("the gateway failed with \(answer.status)")
        }
    }
}
