import AspirasiCore
import AsyncHTTPClient
import ChannelKit
import Foundation
import NIOCore

/// Pushes our follow-ups (tindak lanjut) to LAPOR!:
/// `POST {base}/api/v1/laporan/{tracking_id}/tindak-lanjut` with the text,
/// LAPOR!'s status for ours (when the message announces one) and our
/// tracking number. LAPOR! takes `Idempotency-Key`, so a retry is not doubled.
public struct LaporSender: DeliverySender {
    public let base: String
    let token: String
    let client: HTTPClient
    let timeout: TimeAmount

    public var honoursIdempotencyKeys: Bool { true }

    public init(base: String, token: String, client: HTTPClient, timeout: TimeAmount = .seconds(10)) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.token = token
        self.client = client
        self.timeout = timeout
    }

    public func send(_ message: OutgoingMessage) async throws(SendFailure) -> ProviderReceipt {
        if message.payload["template"] == MessageTemplate.forwardToLapor.name { return try await forward(message) }
        guard let report = message.threadKey, !report.isEmpty,
            report.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else { throw .permanent("a LAPOR! follow-up needs the LAPOR! tracking id it answers") }
        var body: [String: Any] = ["isi": message.text]
        if let status = message.status {
            body["status"] = LaporStatus.outgoing(status, reason: message.rejectReason)
        }
        if let number = message.trackingNumber { body["referensi"] = number }
        let answer = try await ProviderHTTP.postJSON(
            "\(base)/api/v1/laporan/\(report)/tindak-lanjut", body,
            headers: [("X-Lapor-Token", token), ("Idempotency-Key", message.idempotencyKey)], client: client,
            timeout: timeout)
        try ProviderHTTP.check(answer, provider: "LAPOR!")
        return ProviderReceipt(providerID: (answer.json?["id"]).map { "\($0)" } ?? message.idempotencyKey)
    }
}
