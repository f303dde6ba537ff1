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
}
