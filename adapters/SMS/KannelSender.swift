import AsyncHTTPClient
import ChannelKit
import Foundation
import NIOCore

/// Sends SMS through Kannel's smsbox: `GET /cgi-bin/sendsms` with our
/// sendsms-user, the text as UTF-8 (Kannel converts) and `coding=2` when it
/// needs UCS-2, and a `dlr-url` so the SMSC's delivery reports come back to
/// the delivery. Kannel splits a long text into concatenated segments itself
/// (`max-messages` in the sample configuration). "0: Accepted for delivery"
/// and "3: Queued for later delivery" (202) are success; 403 is a bad
/// credential (an operator must act); other 4xx permanent, 5xx transient.
public struct KannelSender: DeliverySender {
    public let sendsmsURL: String
    let username: String
    let password: String
    let from: String
    /// Kannel calls this with `delivery=<id>&status=%d`; nil: no delivery reports.
    let reportURL: String?
    let timeout: TimeAmount
    let client: HTTPClient

    public var honoursIdempotencyKeys: Bool { false }

    public init(
        sendsmsURL: String, username: String, password: String, from: String, reportURL: String?,
        timeout: TimeAmount = .seconds(10), client: HTTPClient
    ) {
        self.sendsmsURL = sendsmsURL
        self.username = username
        self.password = password
        self.from = from
        self.reportURL = reportURL
        self.timeout = timeout
        self.client = client
    }

    public func send(_ message: OutgoingMessage) async throws(SendFailure) -> ProviderReceipt {
        let phone = message.recipient.hasPrefix("+") ? message.recipient.dropFirst() : Substring(message.recipient)
        guard (6...15).contains(phone.count), phone.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .permanent("not a phone number")
        }
        let answer = try await ProviderHTTP.send(
            HTTPClientRequest(url: url(for: message)), client: client, timeout: timeout)
        let body = String(buffer: answer.body).trimmingCharacters(in: .whitespacesAndNewlines)
        switch answer.status {
        case 200..<300 where body.hasPrefix("0:") || body.hasPrefix("3:"):
            // Kannel gives no message id of its own: the delivery's id travels in the dlr-url.
            return ProviderReceipt(providerID: "kannel:\(message.deliveryID)")
        case 200..<300, 500..<600:
            throw .transient("Kannel answered \(answer.status) \(body.prefix(80))")
        case 403:
            throw .permanent("Kannel refused our sendsms credentials")
        default:
            throw .permanent("Kannel refused with \(answer.status) \(body.prefix(80))")
        }
    }

    func url(for message: OutgoingMessage) -> String {
        let text = SMSText(message.text)
        var parameters = [
            ("username", username), ("password", password), ("from", from), ("to", message.recipient),
            ("text", text.text), ("charset", "UTF-8"),
        ]
        if text.coding == .ucs2 { parameters.append(("coding", "2")) }
        if let reportURL {
            let separator = reportURL.contains("?") ? "&" : "?"
            parameters += [
                ("dlr-mask", "31"), ("dlr-url", "\(reportURL)\(separator)delivery=\(message.deliveryID)&status=%d"),
            ]
        }
        let query = parameters.map { "\($0.0)=\(FormFields.encode($0.1))" }.joined(separator: "&")
        return "\(sendsmsURL)?\(query)"
    }
}
