/// What an officer may do, whatever their unit.
///
/// Separation of duties: officers act on reports, coordinators route them,
/// leaders watch and comment, admins run the system (accounts, the outbox)
/// but do not act on reports themselves.
public enum Role: String, CaseIterable, Codable, Sendable {
    case petugas
    case koordinator
    case pimpinan
    case admin

    public func may(_ action: OfficerAction) -> Bool {
        switch action {
        case .view: true
        case .start, .accept, .returnDisposition, .complete, .reply: self == .petugas || self == .koordinator
        case .coordinate, .dispose, .reject, .reassign, .reopen: self == .koordinator
        case .note: self != .admin
        case .manageUsers, .manageDeliveries, .manageSettings, .manageCitizenData: self == .admin
        }
    }
}

/// Everything an officer can ask the workflow API to do.
public enum OfficerAction: String, CaseIterable, Codable, Sendable {
    case view
    /// `proses`: the handler starts work.
    case start
    /// `koordinasi`, with a note: the owner coordinates with other units.
    case coordinate
    /// `disposisi` to an agency (SKPD/UKPD).
    case dispose
    /// The agency takes a disposed report: `proses`.
    case accept
    /// The agency gives a disposed report back, with a reason: `koordinasi` at the owner.
    case returnDisposition = "return"
    /// `selesai`, with at least one photo of the follow-up and a note.
    case complete
    /// `ditolak`, with a reason.
    case reject
    /// A misrouted report moves to another kelurahan.
    case reassign
    /// An internal note, never shown to the citizen.
    case note
    /// A public reply, sent to the citizen.
    case reply
    /// A closed report goes back to `menunggu`.
    case reopen
    case manageUsers = "manage_users"
    case manageDeliveries = "manage_deliveries"
    /// Service levels, public holidays and units' contact points.
    case manageSettings = "manage_settings"
    /// A citizen's data on their request: export it, or erase it.
    case manageCitizenData = "manage_citizen_data"

    /// The actions on one report, as `POST /api/v1/reports/{number}/{action}` names them.
    public static let onReports: [OfficerAction] = [
        .start, .coordinate, .dispose, .accept, .returnDisposition, .complete, .reject, .reassign, .note, .reply,
        .reopen,
    ]

    /// The status the action moves a report to; nil when the status stays.
    public var statusAfter: ReportStatus? {
        switch self {
        case .start, .accept: .proses
        case .coordinate, .returnDisposition: .koordinasi
        case .dispose: .disposisi
        case .complete: .selesai
        case .reject: .ditolak
        case .reopen: .menunggu
        case .view, .reassign, .note, .reply, .manageUsers, .manageDeliveries, .manageSettings, .manageCitizenData:
            nil
        }
    }

    /// The statuses the action may start from. Every move it makes is one that
    /// `ReportStatus.allowedNext` allows (a test holds the two together).
    public var allowedFrom: Set<ReportStatus> {
        switch self {
        case .start: [.menunggu, .koordinasi]
        case .coordinate: [.menunggu, .disposisi, .proses]
        case .dispose: [.menunggu, .koordinasi, .proses]
        case .accept, .returnDisposition: [.disposisi]
        case .complete: [.proses]
        case .reject: [.menunggu, .koordinasi, .disposisi, .proses]
        case .reassign: [.menunggu, .koordinasi]
        case .reopen: [.selesai, .ditolak]
        case .view, .note, .reply, .manageUsers, .manageDeliveries, .manageSettings, .manageCitizenData:
            Set(ReportStatus.allCases)
        }
    }

    /// Whose work the action is: the handler acts, the owner (the accountable unit) routes.
    public var actsAsHandler: Bool {
        switch self {
        case .start, .accept, .returnDisposition, .complete: true
        default: false
        }
    }

    /// The event the action appends.
    public var eventKind: String {
        switch self {
        case .start: "started"
        case .coordinate: "coordinated"
        case .dispose: "disposed"
        case .accept: "accepted"
        case .returnDisposition: "returned"
        case .complete: "completed"
        case .reject: "rejected"
        case .reassign: "reassigned"
        case .note: "noted"
        case .reply: "replied"
        case .reopen: "reopened"
        case .view, .manageUsers, .manageDeliveries, .manageSettings, .manageCitizenData: rawValue
        }
    }

    /// Whether it meets the first-response target: someone has picked the
    /// report up or answered the citizen. Routing between units does not.
    public var countsAsResponse: Bool {
        switch self {
        case .start, .coordinate, .dispose, .accept, .complete, .reject, .reply: true
        default: false
        }
    }

    /// Whether the citizen hears of it on their channel.
    public var isPublic: Bool { self != .note && self != .reassign }
}
