/// When one category's reports are a surge: at least `minReports` open reports created within
/// `windowMinutes`, in kelurahan whose label points lie within `radiusMeters` of the busiest one, and
/// more than `surgeFactor` times what the same kelurahan usually receive of that category in such a
/// window (their rate over the past `baselineDays`). Both conditions: a busy area's ordinary day is no
/// surge, and a quiet area's two reports are no incident.
public struct IncidentRule: Sendable, Equatable, Codable {
    public var enabled: Bool
    public var minReports: Int
    public var windowMinutes: Int
    public var radiusMeters: Int
    public var surgeFactor: Double

    /// The usual rate is read over this many days before the window.
    public static let baselineDays = 28

    public init(enabled: Bool = true, minReports: Int, windowMinutes: Int, radiusMeters: Int, surgeFactor: Double) {
        self.enabled = enabled
        self.minReports = minReports
        self.windowMinutes = windowMinutes
        self.radiusMeters = radiusMeters
        self.surgeFactor = surgeFactor
    }

    /// The rule of a category no admin has tuned. Floods and fires come in waves over a wide area and
    /// matter within the hour; `lainnya` (triage) is never a surge of one thing.
    public static func standard(for category: String) -> IncidentRule {
        switch category {
        case "banjir": IncidentRule(minReports: 10, windowMinutes: 60, radiusMeters: 3_000, surgeFactor: 3)
        case "kebakaran", "pohon":
            IncidentRule(minReports: 5, windowMinutes: 60, radiusMeters: 1_500, surgeFactor: 3)
        case "lainnya":
            IncidentRule(enabled: false, minReports: 20, windowMinutes: 60, radiusMeters: 2_000, surgeFactor: 3)
        default: IncidentRule(minReports: 15, windowMinutes: 60, radiusMeters: 2_000, surgeFactor: 3)
        }
    }

    /// The first field out of its range, with what it must be; nil when every field is acceptable.
    public var problem: (field: String, message: String)? {
        if !(2...10_000).contains(minReports) { return ("min_reports", "2 to 10000 reports") }
        if !(5...1_440).contains(windowMinutes) { return ("window_minutes", "5 to 1440 minutes") }
        if !(100...20_000).contains(radiusMeters) { return ("radius_m", "100 to 20000 metres") }
        if !(surgeFactor >= 1 && surgeFactor <= 1_000) { return ("surge_factor", "a number from 1 to 1000") }
        return nil
    }

    /// Whether `count` reports in a window are a surge where `expected` were usual.
    public func isSurge(count: Int, expected: Double) -> Bool {
        enabled && count >= minReports && Double(count) > surgeFactor * expected
    }
}
