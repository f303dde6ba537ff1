import AsyncHTTPClient
import ChannelKit
import Foundation
import NIOCore

/// Sends SMS through Kannel's smsbox: `GET /cgi-bin/sendsms` with our
/// sendsms-user, the text as UTF-8 (Kannel converts) and `coding=2` when it
/// needs UCS-2, and a `dlr-url` so the SMSC's delivery reports come back to
/// the delivery. Kannel splits a long text into concatenated segments itself
/// (`max-messages` in the sample configuration). "0: Accepted for delivery"
/// and "3: Queued for later delivery" (202) are success; 403 is either a bad
/// credential ("Authorization failed for sendsms", an operator must act) or
/// "Not routable. Do not try again." (no SMSC route for that number, or a
/// denied prefix: this recipient only), both permanent (Kannel's user guide,
/// sendsms HTTP status codes; gw/smsbox.c); other 4xx permanent, 5xx transient.
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
            throw .permanent(Self.forbiddenReason(body))
        default:
            throw .permanent("Kannel refused with \(answer.status) \(body.prefix(80))")
        }
    }

    /// Kannel answers 403 for two different things; the body tells which, and when it
    /// does not, the operator is told both.
    static func forbiddenReason(_ body: String) -> String {
        let lowered = body.lowercased()
        if lowered.contains("not routable") || lowered.contains("denied") {
            return "Kannel has no route for this number (not routable or a denied prefix): not retried"
        }
        if lowered.contains("authorization") || lowered.contains("auth") {
            return "Kannel refused our sendsms credentials (check the sendsms-user)"
        }
        return "Kannel refused with 403: our sendsms credentials, or no route for this number (not routable)"
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
