import Foundation

extension FeedDates {
    /// RFC 3339 / ISO 8601 timestamps as used by Atom and `dc:date`:
    /// `YYYY-MM-DDTHH:MM[:SS][.fraction](Z|±HH:MM)`.
    ///
    /// Also accepted, because feeds emit them: `t` or a space as separator,
    /// `±HHMM` / `±HH` offsets, a missing zone (UTC), and a bare date (midnight
    /// UTC). Fractions keep nanosecond precision and drop further digits.
    public static func rfc3339(_ text: String) -> Date? {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.utf8.count <= 64 else { return nil }
        let dateEnd = text.index(text.startIndex, offsetBy: min(10, text.count))
        let dateParts = text[..<dateEnd].split(separator: "-", omittingEmptySubsequences: false)
        guard dateParts.count == 3, dateParts[0].count == 4, dateParts[1].count == 2, dateParts[2].count == 2,
            let year = number(dateParts[0]), let month = number(dateParts[1]), let day = number(dateParts[2])
        else { return nil }
        var rest = text[dateEnd...]
        if rest.isEmpty {
            return date(year: year, month: month, day: day, hour: 0, minute: 0, second: 0, offsetSeconds: 0)
        }
        guard let separator = rest.first, separator == "T" || separator == "t" || separator == " " else {
            return nil
        }
        rest = rest.dropFirst()
        let zoneStart = rest.firstIndex(where: { $0 == "Z" || $0 == "z" || $0 == "+" || $0 == "-" }) ?? rest.endIndex
        let clock = rest[..<zoneStart]
        let zone = rest[zoneStart...]
        let offset: Int
        if zone.isEmpty || zone == "Z" || zone == "z" {
            offset = 0
        } else {
            guard let parsed = numericOffset(zone) else { return nil }
            offset = parsed
        }
        let (whole, fraction) = splitFraction(clock)
        let fields = whole.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 2 || fields.count == 3, fields.allSatisfy({ $0.count == 2 }),
            let hour = number(fields[0]), let minute = number(fields[1]),
            let second = fields.count == 3 ? number(fields[2]) : 0,
            let nanosecond = nanoseconds(fraction)
        else { return nil }
        return date(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second,
            nanosecond: nanosecond, offsetSeconds: offset)
    }

    static func splitFraction(_ clock: Substring) -> (Substring, Substring?) {
        guard let dot = clock.firstIndex(where: { $0 == "." || $0 == "," }) else { return (clock, nil) }
        return (clock[..<dot], clock[clock.index(after: dot)...])
    }

    static func nanoseconds(_ fraction: Substring?) -> Int? {
        guard let fraction else { return 0 }
        guard !fraction.isEmpty, fraction.utf8.count <= 18, let value = number(fraction.prefix(9), maxDigits: 9),
            fraction.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        var scaled = value
        for _ in fraction.prefix(9).count..<9 { scaled *= 10 }
        return scaled
    }
}
