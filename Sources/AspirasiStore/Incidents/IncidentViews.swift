import AspirasiCore
import Foundation

/// An incident as officers see it: what, where, how many reports and how many still open.
public struct IncidentSummary: Codable, Sendable, Equatable {
    public let id: Int
    public let category: String
    public let seedKelurahan: String
    public let kota: String?
    public let agency: String?
    public let latitude: Double
    public let longitude: Double
    public let radiusM: Int
    public let windowMinutes: Int
    public let reports: Int
    public let openReports: Int
    /// `open` until every report is done, then `closed`.
    public let status: String
    public let openedAt: Date
    public let closedAt: Date?
}

/// An incident and its reports, oldest first.
public struct IncidentDetail: Codable, Sendable {
    public let incident: IncidentSummary
    public let reports: [IncidentReport]
}

public struct IncidentReport: Codable, Sendable, Equatable {
    public let trackingNumber: String
    public let status: ReportStatus
    public let kelurahan: String?
    public let handlerUnit: String?
    public let createdAt: Date
    public let summary: String
}

/// The incidents an officer may see.
public struct IncidentList: Codable, Sendable {
    public let incidents: [IncidentSummary]
}

/// What an action on a whole incident did: how many reports it moved, how many it left (their state or
/// the officer's units did not allow it), the messages queued, whether the incident closed, and
/// whether this was a repeat of an action already done under the same idempotency key.
public struct IncidentActionOutcome: Codable, Sendable, Equatable {
    public let incidentId: Int
    public let action: String
    public let acted: Int
    public let skipped: Int
    public let deliveriesQueued: Int
    public let closed: Bool
    public var repeated: Bool
}

/// The actions a koordinator takes on every report of an incident at once.
public enum IncidentAction: String, Sendable, CaseIterable {
    /// Disposisi to the agency (the incident's, or one named).
    case dispose
    /// One reply to every reporter and follower, on their own channels, once each.
    case reply
    /// Selesai for all, with one follow-up photo set.
    case complete
}
