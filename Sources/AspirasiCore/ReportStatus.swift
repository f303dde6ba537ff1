/// Where a report stands in Jakarta's CRM workflow.
///
/// The allowed moves live here, in one table, so that the API, the intake and
/// the tests agree on them.
public enum ReportStatus: String, CaseIterable, Codable, Sendable {
    /// Waiting for the accountable unit (red).
    case menunggu
    /// The kelurahan is coordinating with another unit.
    case koordinasi
    /// Handed to an SKPD/UKPD.
    case disposisi
    /// Being worked on (yellow).
    case proses
    /// Done, with a photo of the follow-up (green).
    case selesai
    /// Closed without action, with a `RejectReason`.
    case ditolak

    public var isOpen: Bool { self != .selesai && self != .ditolak }

    /// The colour officers and citizens know the status by.
    public var colour: String {
        switch self {
        case .menunggu, .koordinasi, .disposisi: "red"
        case .proses: "yellow"
        case .selesai: "green"
        case .ditolak: "grey"
        }
    }

    /// The statuses a report may move to from this one.
    public var allowedNext: Set<ReportStatus> {
        switch self {
        case .menunggu: [.koordinasi, .disposisi, .proses, .ditolak]
        case .koordinasi: [.menunggu, .disposisi, .proses, .ditolak]
        case .disposisi: [.menunggu, .koordinasi, .proses, .ditolak]
        case .proses: [.koordinasi, .disposisi, .selesai, .ditolak]
        // A dispute or a coordinator's reopen sends a closed report back to the queue.
        case .selesai, .ditolak: [.menunggu]
        }
    }

    public func canMove(to next: ReportStatus) -> Bool { allowedNext.contains(next) }
}

/// Why a report was closed without action.
public enum RejectReason: String, CaseIterable, Codable, Sendable {
    case duplikat
    case bukanWewenang = "bukan_wewenang"
    case tidakValid = "tidak_valid"
    case luarWilayah = "luar_wilayah"
}
