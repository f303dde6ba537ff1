/// The channels a report can arrive through and be answered on.
public enum Channel: String, CaseIterable, Codable, Sendable {
    /// The citizen app (Qlue) and any Open311 client.
    case app
    case twitter
    case facebook
    case sms
    case email
    /// The Balai Warga forum.
    case forum
    /// SP4N-LAPOR!, the national complaint system.
    case lapor
    /// Entered by an officer (walk-in, phone) or a partner system through the inbound API.
    case api
}
