import Foundation

/// One line of a report's history: an event, a citizen's message, or a delivery and where it stands.
public struct TimelineEntry: Sendable {
    public enum Kind: Sendable {
        /// An event of the report's log, by its `kind` (created, disposed, completed, …).
        case event(kind: String, actor: String?)
        /// A message from a citizen on a channel.
        case message(channel: String)
        /// A message owed to someone: `kind` ack/status/notification/escalation…, and its state.
        case delivery(kind: String, channel: String, state: String, attempts: Int)
    }

    public let time: Date
    public let kind: Kind
    /// The words: a note, a reason, a citizen's text, a delivery's last error.
    public let text: String?

    public init(time: Date, kind: Kind, text: String?) {
        self.time = time
        self.kind = kind
        self.text = text
    }

    static func list(_ entries: [TimelineEntry]) -> HTML {
        guard !entries.isEmpty else { return "<p class=\"muted\">Belum ada riwayat.</p>" }
        return "<ol class=\"timeline\">\(entries.map(\.rendered))</ol>"
    }

    var rendered: HTML {
        let text: HTML = self.text.map { "<div class=\"text\">\($0)</div>" } ?? .empty
        let time: HTML = "<time datetime=\"\(JakartaClock.iso(self.time))\">\(JakartaClock.short(self.time))</time>"
        switch kind {
        case .event(let kind, let actor):
            let by: HTML = actor.map { " <span class=\"muted\">oleh \($0)</span>" } ?? .empty
            return "<li class=\"event\">\(time)<strong>\(Self.eventTitle(kind))</strong>\(by)\(text)</li>"
        case .message(let channel):
            return
                "<li class=\"message\">\(time)<strong>Pesan pelapor lewat \(ChannelName.of(channel))</strong>\(text)</li>"
        case .delivery(let kind, let channel, let state, let attempts):
            let tries: HTML = attempts > 1 ? " · \(attempts) kali dicoba" : .empty
            return """
                <li class="delivery">\(time)<strong>\(Self.deliveryTitle(kind)) lewat \(ChannelName.of(channel))</strong>: \
                <span class="state-\(state)">\(Self.stateWord(state))</span>\(tries)\(text)</li>
                """
        }
    }

    static func eventTitle(_ kind: String) -> String {
        switch kind {
        case "created": "Laporan diterima"
        case "duplicate_linked": "Ditautkan sebagai duplikat"
        case "commented": "Tanggapan pelapor"
        case "reopened": "Dibuka kembali"
        case "escalated": "Eskalasi: batas waktu terlewati"
        case "started": "Tindak lanjut dimulai"
        case "coordinated": "Koordinasi"
        case "disposed": "Disposisi ke SKPD"
        case "accepted": "Diterima SKPD"
        case "returned": "Dikembalikan SKPD"
        case "completed": "Diselesaikan"
        case "rejected": "Ditolak"
        case "reassigned": "Dipindahkan ke kelurahan lain"
        case "noted": "Catatan Internal"
        case "replied": "Balasan ke warga"
        case "recategorised": "Kategori diubah"
        default: kind
        }
    }

    static func deliveryTitle(_ kind: String) -> String {
        switch kind {
        case "ack": "Tanda terima ke pelapor"
        case "status": "Kabar status ke warga"
        case "notification": "Pemberitahuan ke unit"
        default: kind.hasPrefix("escalation") ? "Eskalasi ke pejabat" : "Pesan"
        }
    }

    public static func stateWord(_ state: String) -> String {
        switch state {
        case "sent": "terkirim"
        case "pending": "menunggu dikirim"
        case "sending": "sedang dikirim"
        case "dead": "gagal terkirim"
        case "possibly_sent": "mungkin terkirim"
        default: state
        }
    }
}
