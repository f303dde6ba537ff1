/// A calendar month in Jakarta time (WIB, UTC+7), the period of a monthly evaluation: `2026-11`.
public struct EvaluationMonth: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (2000...9998).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }),
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    /// The Jakarta month holding an instant (seconds since 1970, UTC).
    public init(containing seconds: Double) {
        let (year, month, _) = CivilDay(jakartaTime: seconds).components
        self.year = year
        self.month = month
    }

    public var firstDay: CivilDay {
        CivilDay(year: year, month: month, day: 1) ?? CivilDay(daysSinceEpoch: 0)
    }

    /// Seconds since 1970 (UTC) of the month's first Jakarta midnight.
    public var start: Double { firstDay.jakartaMidnight }
    /// Seconds since 1970 (UTC) of the next month's first Jakarta midnight (exclusive end).
    public var end: Double { next.start }

    public var next: EvaluationMonth {
        month == 12
            ? EvaluationMonth(uncheckedYear: year + 1, month: 1)
            : EvaluationMonth(uncheckedYear: year, month: month + 1)
    }

    public var previous: EvaluationMonth {
        month == 1
            ? EvaluationMonth(uncheckedYear: year - 1, month: 12)
            : EvaluationMonth(uncheckedYear: year, month: month - 1)
    }

    /// This month and the `count - 1` before it, oldest first.
    public func trailing(_ count: Int) -> [EvaluationMonth] {
        var months = [self]
        while months.count < count, let first = months.first { months.insert(first.previous, at: 0) }
        return months
    }

    private init(uncheckedYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public var description: String {
        let text = String(month)
        return "\(year)-\(text.count == 1 ? "0" + text : text)"
    }

    public static func < (lhs: EvaluationMonth, rhs: EvaluationMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let month = EvaluationMonth(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not YYYY-MM"))
        }
        self = month
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
