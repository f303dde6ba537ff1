/// The channels a report can arrive through and be answered on.
public enum Channel: String, CaseIterable, Codable, Sendable {
    /// Open311 clients and other citizen apps that post to the hub.
    case app
    /// The Qlue citizen app, whose feed the hub polls and whose posts it answers with statuses.
    case qlue
    case twitter
    case facebook
    case sms
    case email
    /// The Balai Warga forum.
    case forum
    /// SP4N-LAPOR!, the national complaint system.
    case lapor
    /// The WhatsApp Business Platform (Cloud API).
    case whatsapp
    /// Entered by an officer (walk-in, phone) or a partner system through the inbound API.
    case api

    /// Nothing is ever sent on this channel: Open311 clients read their reports' statuses themselves
    /// (`GET requests`). No delivery is queued for them: with no sender it would wait for ever, and the
    /// outbox's oldest-due alarm would ring for it.
    public var readsItsOwnAnswers: Bool { self == .app }
}
