import Foundation

/// A report as anyone may see it: no reporter, no contact details (`Publication` decides the
/// description, address and point).
public struct PublicReport: Sendable, Equatable {
    public let trackingNumber: String
    public let status: ReportStatus
    public let rejectReason: RejectReason?
    public let categoryCode: String
    public let categoryName: String
    public let description: String
    public let agency: String?
    public let requestedAt: Date
    public let updatedAt: Date
    public let address: String?
    public let location: GeoPoint?
    /// The key of the hub's own copy of the citizen's photo (see `PublicReports.photo(key:)`).
    public let photoKey: String?
    public let duplicateOf: String?

    public init(
        trackingNumber: String, status: ReportStatus, rejectReason: RejectReason?, categoryCode: String,
        categoryName: String, description: String, agency: String?, requestedAt: Date, updatedAt: Date,
        address: String?, location: GeoPoint?, photoKey: String?, duplicateOf: String?
    ) {
        self.trackingNumber = trackingNumber
        self.status = status
        self.rejectReason = rejectReason
        self.categoryCode = categoryCode
        self.categoryName = categoryName
        self.description = description
        self.agency = agency
        self.requestedAt = requestedAt
        self.updatedAt = updatedAt
        self.address = address
        self.location = location
        self.photoKey = photoKey
        self.duplicateOf = duplicateOf
    }
}

/// A public change of status, for clients that follow reports (FixMyStreet's servicerequestupdates).
public struct PublicUpdate: Sendable, Equatable {
    public let id: Int
    public let trackingNumber: String
    public let status: ReportStatus
    public let at: Date
    public let note: String?

    public init(id: Int, trackingNumber: String, status: ReportStatus, at: Date, note: String?) {
        self.id = id
        self.trackingNumber = trackingNumber
        self.status = status
        self.at = at
        self.note = note
    }
}
