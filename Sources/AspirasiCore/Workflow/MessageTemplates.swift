/// The Bahasa Indonesia texts the outbox sends, from a delivery's template
/// name and payload. Each fits one SMS (160 characters): the tracking number
/// first, then the news; a long officer's note is cut, never the number.
public enum MessageTemplates {
    public static let smsLength = 160

    /// The answer to someone who names a report that is not theirs: it says nothing about the report.
    public static let noted = "Pesan Anda sudah kami terima dan kami teruskan kepada petugas. Terima kasih."

    public static func render(_ payload: [String: String]) -> String {
        let number = payload["tracking_number"] ?? "-"
        let template = payload["template"] ?? ""
        if template == "ack_noted" { return "Aspirasi: " + noted }
        if template == "digest" { return fitted(digest(payload)) }
        let lead = "Aspirasi #\(number): "
        let body: String
        switch template {
        case "ack_created": body = "Laporan Anda diterima. Simpan nomor ini untuk memantau."
        case "ack_duplicate":
            body = "Masalah ini sudah dilaporkan (#\(payload["duplicate_of"] ?? "-")). Anda akan ikut dikabari."
        case "ack_outside_area": body = StatusProjection.note(.ditolak, reason: .luarWilayah)
        case "ack_commented": body = "Tanggapan Anda sudah kami catat."
        case "ack_reopened": body = "Laporan dibuka kembali dan akan ditindaklanjuti."
        case "reply": body = payload["note"] ?? ""
        case let status where status.hasPrefix("status_"):
            let status = ReportStatus(rawValue: String(status.dropFirst("status_".count))) ?? .menunggu
            let reason = payload["reason"].flatMap(RejectReason.init)
            let note = StatusProjection.note(status, reason: reason)
            body = payload["note"].map { "\(note) \($0)" } ?? note
        case "escalation_response":
            body =
                "Belum ditanggapi melewati batas waktu (eskalasi tingkat \(payload["level"] ?? "1")). Segera tindak lanjuti."
        case "escalation_completion":
            body =
                "Belum selesai melewati batas waktu (eskalasi tingkat \(payload["level"] ?? "1")). Segera tindak lanjuti."
        case let notify where notify.hasPrefix("notify_"):
            body = "Ada laporan untuk unit Anda (\(notify.dropFirst("notify_".count))). Buka Aspirasi."
        default: body = "Ada kabar baru tentang laporan Anda."
        }
        return fitted(lead + body)
    }

    static func fitted(_ text: String) -> String {
        guard text.count > smsLength else { return text }
        return String(text.prefix(smsLength - 1)) + "…"
    }

    /// The monthly digest to a region's officials: their rank and what is still open.
    static func digest(_ payload: [String: String]) -> String {
        let month = payload["month"] ?? "-"
        let unresolved = payload["unresolved"] ?? "0"
        let unit = payload["unit"] ?? "-"
        guard let rank = payload["rank"], let of = payload["of"] else {
            return "Aspirasi Evaluasi \(month): \(unit) tidak menerima laporan; \(unresolved) belum selesai."
        }
        return "Aspirasi Evaluasi \(month): \(unit) peringkat \(rank) dari \(of), penyelesaian "
            + "\(payload["rate"] ?? "-"), \(unresolved) laporan belum selesai."
    }
}
