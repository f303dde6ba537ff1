import Foundation

/// RFC 5322 section 3.3 date-time, parsed and formatted with plain calendar
/// arithmetic. Doing the arithmetic here (rather than through
/// DateFormatter) keeps it locale-proof and identical on every platform.
/// Parsing is lenient: optional weekday and seconds, two- and three-digit
/// years, comments such as "(WIB)", fields in any order, and the zones
/// UT/GMT/UTC/Z, the US zones (EST...PDT) and military letters (read as
/// +0000, per the RFC); an unknown zone name counts as +0000.
public enum RFC5322Date {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    private static let zones: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0,
        "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
    ]

    /// The instant a Date header names, or nil when it is not a date.
    public static func parse(_ value: String) -> Date? {
        var cleaned: [UInt8] = []
        let bytes = Array(value.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "(") {
                HeaderParameterParser.skipComment(bytes, &index)
                cleaned.append(0x20)
            } else {
                cleaned.append(bytes[index] == UInt8(ascii: ",") ? 0x20 : bytes[index])
                index += 1
            }
        }
        let tokens = String(decoding: cleaned, as: UTF8.self).lowercased().split(whereSeparator: \.isWhitespace)
        var fields = Fields()
        for token in tokens.prefix(16) {
            fields.consume(token)
        }
        return fields.date()
    }

    /// Formats `date` as "Tue, 01 Jul 2025 17:00:00 +0700" in the given
    /// offset from UTC (Jakarta is +7 hours).
    public static func format(_ date: Date, utcOffsetSeconds: Int = 7 * 3600) -> String {
        let offset = max(-86_340, min(86_340, utcOffsetSeconds))
        // Clamp to years 1...9999 so a NaN or absurd Date cannot trap in Int().
        let raw = date.timeIntervalSince1970
        let clamped = raw.isFinite ? min(max(raw, -62_135_596_800), 253_402_300_799) : 0
        let local = Int(clamped.rounded(.down)) + offset
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondOfDay = local - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        let weekday = weekdays[((days % 7) + 7 + 4) % 7]
        let sign = offset < 0 ? "-" : "+"
        let zone = two(abs(offset) / 3600) + two(abs(offset) % 3600 / 60)
        let time = "\(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60)):\(two(secondOfDay % 60))"
        return "\(weekday), \(two(day)) \(monthNames[month - 1]) \(year) \(time) \(sign)\(zone)"
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    /// Fields collected from tokens in whatever order they come.
    private struct Fields {
        var day: Int?
        var month: Int?
        var year: Int?
        var time: (hour: Int, minute: Int, second: Int)?
        var offsetSeconds = 0

        mutating func consume(_ token: Substring) {
            if token.contains(":") {
                if time == nil { time = RFC5322Date.parseTime(token) }
            } else if let first = token.first, first == "+" || first == "-" {
                let digits = token.dropFirst()
                guard digits.count == 4, digits.allSatisfy(\.isASCIIDigit), let number = Int(digits) else { return }
                let hours = number / 100
                let minutes = number % 100
                guard hours < 24, minutes < 60 else { return }
                offsetSeconds = (hours * 3600 + minutes * 60) * (first == "-" ? -1 : 1)
            } else if token.allSatisfy(\.isASCIIDigit) {
                guard token.count <= 4, let number = Int(token) else { return }
                if day == nil && token.count <= 2 {
                    day = number
                } else if year == nil {
                    year = RFC5322Date.expandYear(number, digits: token.count)
                }
            } else if month == nil, token.count >= 3,
                let index = RFC5322Date.months.firstIndex(of: String(token.prefix(3))),
                token.allSatisfy(\.isLetter)
            {
                month = index + 1
            } else if let hours = RFC5322Date.zones[String(token)] {
                offsetSeconds = hours * 3600
            }
        }

        func date() -> Date? {
            guard let day, let month, let year, let time else { return nil }
            guard year >= 1900, year <= 9999, day >= 1, day <= RFC5322Date.daysIn(month: month, year: year) else {
                return nil
            }
            let days = RFC5322Date.days(year: year, month: month, day: day)
            let seconds = days * 86_400 + time.hour * 3600 + time.minute * 60 + time.second - offsetSeconds
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
    }

    private static func parseTime(_ token: Substring) -> (hour: Int, minute: Int, second: Int)? {
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
            parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        let second = numbers.count == 3 ? numbers[2] : 0
        guard numbers[0] < 24, numbers[1] < 60, second <= 60 else { return nil }
        // A leap second cannot be represented; 23:59:60 is read as :59.
        return (numbers[0], numbers[1], min(second, 59))
    }

    /// Obsolete two- and three-digit years (RFC 5322 section 4.3).
    static func expandYear(_ year: Int, digits: Int) -> Int {
        switch digits {
        case 1, 2: return year < 50 ? 2000 + year : 1900 + year
        case 3: return 1900 + year
        default: return year
        }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `days(year:month:day:)`.
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
