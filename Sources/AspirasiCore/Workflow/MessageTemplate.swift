/// Every message the outbox sends, by name: the one vocabulary of the places that enqueue deliveries
/// (the intake, the workflow, the service-level worker, a forward's receipt) and of `MessageTemplates`,
/// which renders them. The name is what a delivery's payload carries (`template`).
public enum MessageTemplate: Sendable, Equatable {
    /// A new report.
    case created
    /// A new report that repeats an open one; the payload names the original (`duplicate_of`).
    case duplicate
    /// Located outside the province and refused, with advice where to turn.
    case outsideArea
    /// The reporter's message was added to their report.
    case commented
    /// The reporter disputed a finished report, which is open again.
    case reopened
    /// Someone who named a report that is not theirs: a neutral answer.
    case noted
    /// Located outside the province and handed to SP4N-LAPOR!; the payload carries LAPOR!'s id (`forwarded_id`).
    case forwarded
    /// The report itself, handed to SP4N-LAPOR! (the `forward` delivery on the `lapor` channel).
    case forwardToLapor
    /// The monthly evaluation digest to a region's officials (rank, unresolved count).
    case digest
    /// An officer's reply to the citizen (`note`).
    case reply
    /// A surge became an incident: to the kota's and the agency's officials, once (`incident`, `category`,
    /// `count`, `area`, `window`).
    case incidentOpened
    /// An incident's reports were disposed to the agency: to its officials, once per action (`incident`,
    /// `category`, `count`).
    case incidentDisposed
    /// The report moved to this status.
    case status(ReportStatus)
    /// A unit missed the response or completion deadline (`response`, `completion`).
    case escalation(deadline: String)
    /// An official is told of an event on a report of their unit (`new_report`, an event's kind).
    case notify(String)

    /// The answer to a new report, by what the intake made of it.
    public static func acknowledgement(_ outcome: IntakeResult.Outcome) -> MessageTemplate {
        switch outcome {
        case .created: .created
        case .duplicate: .duplicate
        case .outsideArea: .outsideArea
        case .comment: .commented
        case .reopened: .reopened
        case .noted: .noted
        }
    }

    static let fixed: [MessageTemplate] = [
        .created, .duplicate, .outsideArea, .commented, .reopened, .noted, .forwarded, .forwardToLapor, .digest, .reply,
        .incidentOpened, .incidentDisposed,
    ]

    public var name: String {
        switch self {
        case .created: "ack_created"
        case .duplicate: "ack_duplicate"
        case .outsideArea: "ack_outside_area"
        case .commented: "ack_commented"
        case .reopened: "ack_reopened"
        case .noted: "ack_noted"
        case .forwarded: "ack_forwarded"
        case .forwardToLapor: "forward_lapor"
        case .digest: "digest"
        case .reply: "reply"
        case .incidentOpened: "incident_opened"
        case .incidentDisposed: "incident_disposed"
        case .status(let status): "status_" + status.rawValue
        case .escalation(let deadline): "escalation_" + deadline
        case .notify(let kind): "notify_" + kind
        }
    }

    /// The template a payload names; nil for a name no version of the hub wrote.
    public init?(name: String) {
        if let template = Self.fixed.first(where: { $0.name == name }) {
            self = template
        } else if name.hasPrefix("status_"), let status = ReportStatus(rawValue: String(name.dropFirst(7))) {
            self = .status(status)
        } else if name.hasPrefix("escalation_") {
            self = .escalation(deadline: String(name.dropFirst(11)))
        } else if name.hasPrefix("notify_") {
            self = .notify(String(name.dropFirst(7)))
        } else {
            return nil
        }
    }
}
