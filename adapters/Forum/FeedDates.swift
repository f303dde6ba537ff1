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
        guard (1...9999).contains(year), (1...12).contains(month), (1...daysIn(month, of: year)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
            abs(offsetSeconds) < 24 * 3600
        else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: TimeInterval(seconds) + TimeInterval(nanosecond) / 1e9)
    }

    static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's
    /// days_from_civil).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
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
