import AspirasiCore
import Foundation

/// One line of a unit's work queue.
public struct QueueItem: Codable, Sendable, Equatable {
    public let trackingNumber: String
    public let status: ReportStatus
    public let colour: String
    public let category: String
    public let kelurahan: String?
    public let ownerUnit: String?
    public let handlerUnit: String?
    public let needsTriage: Bool
    public let channel: String
    public let createdAt: Date
    public let statusChangedAt: Date
    public let summary: String
    /// Past its response or completion deadline and still open.
    public let overdue: Bool
}

/// A page of the queue and how many reports match in all.
public struct QueuePage: Codable, Sendable {
    public let total: Int
    /// False when more reports match than are counted (`total` is then a lower bound, shown as "10.000+").
    public let totalExact: Bool
    public let page: Int
    public let perPage: Int
    public let reports: [QueueItem]
}

/// What the queue may be narrowed to.
public struct QueueFilter: Sendable {
    /// The furthest page asked for: past it, the offset's arithmetic would overflow.
    public static let maximumPage = 1_000_000
    /// A century: PostgreSQL cannot subtract much more from now (and its interval takes an int).
    public static let maximumOlderThanHours = 876_000

    public var statuses: [ReportStatus] = []
    public var category: String?
    public var kelurahan: String?
    /// Only reports that came in on this channel.
    public var channel: String?
    /// A tracking number, or words that must all appear in the description.
    public var search: String?
    /// Only reports created at least this many hours ago.
    public var olderThanHours: Int?
    /// Only reports past a deadline (true) or within them (false).
    public var overdue: Bool?
    public var page = 1
    public var perPage = 50
    /// Count the matching reports (up to the cap) for `QueuePage.total`; false (the console, whose
    /// status tabs already hold the total) answers 0 and saves the count.
    public var includeTotal = true
    /// Leaves out the reports of open incidents (the console shows each incident as one line instead).
    public var outsideOpenIncidents = false

    public init() {}
}

/// How many reports of the queue are in each status, and how many are overdue: the console's tabs.
public struct StatusCounts: Codable, Sendable, Equatable {
    /// A count, or a lower bound when there are more than are counted (`exact` false).
    public struct Tally: Codable, Sendable, Equatable {
        public let count: Int
        public let exact: Bool

        public init(count: Int, exact: Bool) {
            self.count = count
            self.exact = exact
        }
    }

    public struct StatusTally: Codable, Sendable, Equatable {
        public let status: ReportStatus
        public let count: Int
        public let exact: Bool
    }

    /// Every status, in workflow order.
    public let statuses: [StatusTally]
    public let overdue: Tally

    public func tally(_ status: ReportStatus) -> Tally {
        statuses.first { $0.status == status }.map { Tally(count: $0.count, exact: $0.exact) }
            ?? Tally(count: 0, exact: true)
    }

    /// Every status together: a lower bound when any status's count is one.
    public var all: Tally {
        Tally(count: statuses.reduce(0) { $0 + $1.count }, exact: statuses.allSatisfy(\.exact))
    }
}

/// A report with its whole history, for the officers who may see it.
public struct ReportDetail: Codable, Sendable {
    public struct Event: Codable, Sendable {
        public let id: Int
        public let kind: String
        public let statusAfter: String?
        public let actorKind: String
        public let actorId: String?
        public let isPublic: Bool
        public let data: String
        public let occurredAt: Date
    }
    public struct Message: Codable, Sendable {
        public let id: Int
        public let channel: String
        public let author: String?
        public let text: String
        public let outcome: String?
        public let receivedAt: Date
    }
    public struct Photo: Codable, Sendable {
        public let id: Int
        public let source: String
        public let contentType: String?
        public let url: String?
        public let eventId: Int?
        /// The bytes are in the database (`GET /api/v1/photos/{id}`); a channel photo may still be on its way.
        public let stored: Bool
        /// Why a channel photo could not be fetched.
        public let fetchError: String?
    }

    /// The report's deadlines in its current cycle (a reopen starts a new one).
    public struct ServiceLevel: Codable, Sendable {
        public let startedAt: Date
        public let respondedAt: Date?
        public let responseDueAt: Date?
        public let completionDueAt: Date?
        public let overdue: Bool
    }

    public let trackingNumber: String
    public let status: ReportStatus
    public let rejectReason: String?
    public let category: String
    public let description: String
    public let latitude: Double?
    public let longitude: Double?
    public let kelurahan: String?
    public let ownerUnit: String?
    public let handlerUnit: String?
    public let needsTriage: Bool
    public let channel: String
    public let createdAt: Date
    public let version: Int
    public let serviceLevel: ServiceLevel
    public let allowedActions: [OfficerAction]
    public let events: [Event]
    public let messages: [Message]
    public let deliveries: [DeliveryView]
    public let photos: [Photo]
    /// The reporter as one citizen across channels: their contact and their other reports that the
    /// officer may see (and how many more lie outside the officer's units).
    public var reporter: Reporter?
    /// Why the intake chose the category: rule or model, confidence, the words that weighed most.
    /// Absent for reports taken in before the classifier recorded it.
    public var classification: Classification?
    /// Where the report went when it was not the province's to handle (SP4N-LAPOR!, outside the province).
    public var forwarded: Forwarded?

    public struct Forwarded: Codable, Sendable {
        /// The system it went to (`lapor`).
        public let to: String
        /// Its tracking id there.
        public let trackingId: String
        public let at: Date
    }

    public struct Reporter: Codable, Sendable {
        public let contactId: Int
        public let otherReports: [CitizenReport]
        public let elsewhere: Int
    }
}

/// Where one outbox row stands, as officers and admins see it: never the message text.
public struct DeliveryView: Codable, Sendable {
    public let id: Int
    public let channel: String
    public let kind: String
    public let state: String
    public let attempts: Int
    public let lastError: String?
    public let createdAt: Date
    public let sentAt: Date?
    /// What the provider reported later (an SMS delivery report), if anything.
    public let providerStatus: String?

    /// The columns `init(row:)` reads, in order.
    static let columns = "id, channel, kind, state, attempts, last_error, created_at, sent_at, provider_status"
    typealias Row = (Int, String, String, String, Int32, String?, Date, Date?, String?)

    init(row: Row) {
        (id, channel, kind, state, attempts, lastError, createdAt, sentAt, providerStatus) = (
            row.0, row.1, row.2, row.3, Int(row.4), row.5, row.6, row.7, row.8
        )
    }
}

/// What an action needs besides its name; which fields are required depends on the action.
public struct ActionInput: Sendable {
    public var note: String?
    public var reason: RejectReason?
    public var agency: String?
    public var kelurahan: String?
    public var photoIDs: [Int] = []

    public init(
        note: String? = nil, reason: RejectReason? = nil, agency: String? = nil, kelurahan: String? = nil,
        photoIDs: [Int] = []
    ) {
        self.note = note
        self.reason = reason
        self.agency = agency
        self.kelurahan = kelurahan
        self.photoIDs = photoIDs
    }
}

/// The report after an action.
public struct ActionOutcome: Codable, Sendable {
    public let trackingNumber: String
    public let status: ReportStatus
    public let ownerUnit: String?
    public let handlerUnit: String?
    public let eventId: Int
    public let deliveriesQueued: Int
}
