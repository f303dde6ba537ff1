/// What became of one inbound message.
public struct IntakeResult: Sendable, Equatable, Codable {
    public enum Outcome: String, Sendable, Codable {
        /// A new report.
        case created
        /// A new report that repeats an open one nearby; its reporter now follows the original.
        case duplicate
        /// Rejected because the point lies outside every kelurahan.
        case outsideArea = "outside_area"
        /// A comment on an existing report (a reply, or a quoted tracking number).
        case comment
        /// A dispute that reopened a finished report.
        case reopened
        /// A message from someone who is not the report's reporter that names the report (quotes its
        /// tracking number or answers in its thread): kept as an internal note for officers. The
        /// author follows nothing and is told nothing about the report.
        case noted

        /// Whether the caller may be shown the report's status, category and place.
        public var revealsReport: Bool { self != .noted }
    }

    public let outcome: Outcome
    /// False when this exact message had been received before: nothing new was made.
    public let created: Bool
    public let trackingNumber: String
    public let status: ReportStatus
    public let category: String
    public let kelurahan: UnitRef?
    public let duplicateOf: String?

    public init(
        outcome: Outcome, created: Bool, trackingNumber: String, status: ReportStatus, category: String,
        kelurahan: UnitRef?, duplicateOf: String?
    ) {
        self.outcome = outcome
        self.created = created
        self.trackingNumber = trackingNumber
        self.status = status
        self.category = category
        self.kelurahan = kelurahan
        self.duplicateOf = duplicateOf
    }
}
