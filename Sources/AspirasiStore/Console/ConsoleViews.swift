import AspirasiCore
import Foundation

/// A report a coordinator must place or classify.
public struct TriageItem: Sendable {
    public let trackingNumber: String
    public let status: ReportStatus
    public let category: String
    public let kelurahan: String?
    public let summary: String
    public let createdAt: Date
    public let unlocated: Bool
    public let unclassified: Bool
    public let returned: Bool
    /// The learned model's best guess of a category other than `lainnya`, if it made one.
    public let proposal: Classification.Guess?
}

/// What the report page shows beside the detail: linked reports and who follows it.
public struct ReportContext: Sendable {
    public struct Linked: Sendable {
        public let trackingNumber: String
        public let status: ReportStatus
        /// True for the original this report duplicates; false for a duplicate of this report.
        public let isOriginal: Bool
    }
    public struct Follower: Sendable {
        public let channel: String
        public let handle: String
        public let isReporter: Bool
        public let since: Date
    }
    public let linked: [Linked]
    public let followers: [Follower]
    /// The report's kelurahan polygon as GeoJSON, when it has one.
    public let outline: String?
}

/// What the map draws for an officer: their area's kelurahan and open reports.
public struct AreaMapData: Sendable {
    public struct Area: Sendable {
        public let code: String
        public let geoJSON: String
        public let openReports: Int
    }
    public struct Point: Sendable {
        public let trackingNumber: String
        public let status: ReportStatus
        public let latitude: Double
        public let longitude: Double
    }
    public let areas: [Area]
    public let points: [Point]
}
