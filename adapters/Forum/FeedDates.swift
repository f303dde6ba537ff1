import ChannelKit
import Foundation

/// Date parsing for feeds, written by hand because real feeds break the specs
/// in predictable ways (missing weekday, 2-digit years, "+07:00" in RFC 822)
/// and DateFormatter patterns reject all of that. Pure arithmetic, so it is
/// Sendable and locale-independent.
public enum FeedDates {
    /// Builds a UTC instant, or nil when a field is out of range (Feb 30 etc.).
    static func date(
        year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, nanosecond: Int = 0,
        offsetSeconds: Int
    ) -> Date? {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CivilDate.daysIn(month, of: year)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
            abs(offsetSeconds) < 24 * 3600
        else { return nil }
        let days = CivilDate.daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: TimeInterval(seconds) + TimeInterval(nanosecond) / 1e9)
    }

    /// Parses an unsigned decimal of 1...`maxDigits` ASCII digits.
    static func number<S: StringProtocol>(_ text: S, maxDigits: Int = 4) -> Int? {
        guard !text.isEmpty, text.count <= maxDigits else { return nil }
        var value = 0
        for character in text.utf8 {
            guard character >= 0x30, character <= 0x39 else { return nil }
            value = value * 10 + Int(character - 0x30)
        }
        return value
    }

    /// `±HHMM`, `±HH:MM` or `±HH` as seconds east of UTC.
    static func numericOffset<S: StringProtocol>(_ text: S) -> Int? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = String(text.dropFirst().filter { $0 != ":" })
        guard digits.count == 2 || digits.count == 4, let hours = number(digits.prefix(2)),
            let minutes = digits.count == 4 ? number(digits.suffix(2)) : 0, hours <= 23, minutes <= 59
        else { return nil }
        let seconds = hours * 3600 + minutes * 60
        return sign == "-" ? -seconds : seconds
    }
}
