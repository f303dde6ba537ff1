/// The Bahasa Indonesia texts the outbox sends, from a delivery's template
/// name and payload. Each fits one SMS (160 characters): the tracking number
/// first, then the news; a long officer's note is cut, never the number.
public enum MessageTemplates {
    public static let smsLength = 160

    /// The answer to someone who names a report that is not theirs: it says nothing about the report.
    public static let noted = "Pesan Anda sudah kami terima dan kami teruskan kepada petugas. Terima kasih."

    public static func render(_ payload: [String: String]) -> String {
        let number = payload["tracking_number"] ?? "-"
        let template = payload["template"].flatMap(MessageTemplate.init(name:))
        if template == .noted { return "Aspirasi: " + noted }
        if template == .digest { return fitted(digest(payload)) }
        if template == .incidentOpened || template == .incidentDisposed { return fitted(incident(payload, template)) }
        let lead = "Aspirasi #\(number): "
        let body: String
        switch template {
        case .created: body = "Laporan Anda diterima. Simpan nomor ini untuk memantau."
        case .duplicate:
            body = "Masalah ini sudah dilaporkan (#\(payload["duplicate_of"] ?? "-")). Anda akan ikut dikabari."
        case .outsideArea: body = StatusProjection.note(.ditolak, reason: .luarWilayah)
        case .forwarded:
            body =
                "Di luar DKI Jakarta: diteruskan ke SP4N-LAPOR! (lapor.go.id) untuk pemda setempat. No. LAPOR!: \(payload["forwarded_id"] ?? "-")"
        case .forwardToLapor: body = payload["description"] ?? ""
        case .commented: body = "Tanggapan Anda sudah kami catat."
        case .reopened: body = "Laporan dibuka kembali dan akan ditindaklanjuti."
        case .reply: body = payload["note"] ?? ""
        case .status(let status):
            let reason = payload["reason"].flatMap(RejectReason.init)
            let note = StatusProjection.note(status, reason: reason)
            body = payload["note"].map { "\(note) \($0)" } ?? note
        case .escalation(let deadline):
            let what = deadline == "completion" ? "Belum selesai" : "Belum ditanggapi"
            body =
                "\(what) melewati batas waktu (eskalasi tingkat \(payload["level"] ?? "1")). Segera tindak lanjuti."
        case .notify(let kind):
            body = "Ada laporan untuk unit Anda (\(kind)). Buka Aspirasi."
        case .noted, .digest, .incidentOpened, .incidentDisposed, nil: body = "Ada kabar baru tentang laporan Anda."
        }
        return fitted(lead + body)
    }

    static func fitted(_ text: String) -> String {
        guard text.count > smsLength else { return text }
        return String(text.prefix(smsLength - 1)) + "…"
    }

    /// An incident to a kota's or an agency's officials: what, how many, where.
    static func incident(_ payload: [String: String], _ template: MessageTemplate?) -> String {
        let lead = "Aspirasi Insiden #\(payload["incident"] ?? "-"): \(payload["category"] ?? "-"), "
        let count = payload["count"] ?? "-"
        if template == .incidentDisposed {
            return lead + "\(count) laporan didisposisikan ke unit Anda. Buka Aspirasi."
        }
        return lead + "\(count) laporan dalam \(payload["window"] ?? "-") menit di sekitar "
            + "\(payload["area"] ?? "-"). Buka Aspirasi."
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
