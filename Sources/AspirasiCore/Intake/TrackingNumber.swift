/// The public number a citizen quotes: `YYMM-NNNNNNC`, the month (Jakarta
/// time) the report arrived, a sequence number of at least six digits and a
/// check digit, e.g. `2611-0004273`. Short enough to type into an SMS.
///
/// The check digit is Damm's: it catches every mistyped digit and every swap
/// of neighbouring digits, so a typo is never taken for someone else's report.
/// PostgreSQL computes the same digit in `aspirasi_tracking_number`; a test
/// keeps the two in agreement.
public struct TrackingNumber: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (7...10).contains(parts[1].count),
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        let digits = (parts[0] + parts[1]).compactMap(\.wholeNumberValue)
        guard Self.checkDigit(Array(digits.dropLast())) == digits.last else { return nil }
        self.rawValue = text
    }

    public var description: String { rawValue }

    /// Damm's quasigroup of order 10 (the table in `aspirasi_damm` is the same).
    static let damm: [[Int]] = [
        [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3], [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
        [1, 7, 5, 0, 9, 8, 3, 4, 2, 6], [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
        [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7], [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
        [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
    ]

    /// The Damm check digit for `digits`.
    public static func checkDigit(_ digits: [Int]) -> Int {
        digits.reduce(0) { interim, digit in damm[interim][digit] }
    }

    /// The first valid tracking number quoted in free text ("No. 2611-0004273,"), if any.
    public static func mentioned(in text: String) -> TrackingNumber? {
        let tokens = text.split { !($0.isASCII && ($0.isNumber || $0 == "-")) }
        for token in tokens {
            let trimmed = token.drop { $0 == "-" }.reversed().drop { $0 == "-" }.reversed()
            if let number = TrackingNumber(String(trimmed)) { return number }
        }
        return nil
    }
}
