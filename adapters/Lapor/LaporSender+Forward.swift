import ChannelKit
import Foundation

/// A report located outside the province goes to SP4N-LAPOR!, which routes complaints to every pemda:
/// `POST {base}/api/v1/laporan` (our design, as the follow-up call: LAPOR! documents its agency API only
/// to registered agencies, see CHANNELS.md §7) with the citizen's words, the point and address, our
/// tracking number as `referensi`, and `rahasia` when the citizen asked for it. The reporter is sent as
/// anonymous: LAPOR! would reach them through its own account, which the hub cannot make, and their
/// number is not ours to pass on. LAPOR! answers `{"tracking_id"}`, which becomes the delivery's
/// provider id (and the report's `forwarded_id`); `Idempotency-Key` keeps a retry from filing twice.
extension LaporSender {
    func forward(_ message: OutgoingMessage) async throws(SendFailure) -> ProviderReceipt {
        let payload = message.payload
        var body: [String: Any] = [
            "isi": payload["description"] ?? message.text, "anonim": true,
            "rahasia": payload["confidential"] == "true", "jenis": "pengaduan",
        ]
        if let title = payload["title"] { body["judul"] = title }
        if let number = message.trackingNumber { body["referensi"] = number }
        if let address = payload["address"] { body["lokasi"] = address }
        if let lat = payload["lat"].flatMap(Double.init), let lon = payload["lon"].flatMap(Double.init) {
            body["lat"] = lat
            body["lng"] = lon
        }
        let answer = try await ProviderHTTP.postJSON(
            "\(base)/api/v1/laporan", body,
            headers: [("X-Lapor-Token", token), ("Idempotency-Key", message.idempotencyKey)], client: client,
            timeout: timeout)
        try ProviderHTTP.check(answer, provider: "LAPOR!")
        guard let id = answer.json?["tracking_id"] as? String, !id.isEmpty else {
            throw .transient("LAPOR! took the report without a tracking id")
        }
        return ProviderReceipt(providerID: id)
    }
}
