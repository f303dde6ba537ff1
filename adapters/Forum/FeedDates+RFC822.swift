import Foundation

extension FeedDates {
    /// North American zone names allowed by RFC 822, plus the universal ones.
    static let zoneNames: [String: Int] = [
        "GMT": 0, "UT": 0, "UTC": 0, "Z": 0,
        "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
        // Indonesian zones: the forum is local, hand-written feeds may use them.
        "WIB": 7, "WITA": 8, "WIT": 9,
    ]

    /// English month abbreviations, plus the Indonesian ones that differ.
    static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
        "nov": 11, "dec": 12, "mei": 5, "agu": 8, "agt": 8, "okt": 10, "des": 12,
    ]

    /// RFC 822 / 2822 dates as feeds write them: `[Wkd,] D Mon YY[YY] HH:MM[:SS] [zone]`.
    ///
    /// Lenient on purpose: the weekday is optional and never checked, the
    /// year may have 2 digits (< 50 means 20xx, as RFC 2822 says), `dd-Mon-yy`
    /// is split, the offset may be `+07:00`, and a missing zone means UTC.
    /// Military letters follow actual military usage (A = +1 … M = +12,
    /// N = −1 … Y = −12, Z = 0); RFC 822's own table has the signs reversed,
    /// which is why RFC 2822 calls them unreliable.
    public static func rfc822(_ text: String) -> Date? {
        guard text.utf8.count <= 100 else { return nil }
        var tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0.isNewline })
            .map(String.init)
        if let first = tokens.first, first.allSatisfy(\.isLetter) { tokens.removeFirst() }
        if let first = tokens.first, first.contains("-"), first.split(separator: "-").count == 3 {
            tokens.replaceSubrange(0...0, with: first.split(separator: "-").map(String.init))
        }
        guard tokens.count >= 4, let day = number(tokens[0], maxDigits: 2),
            let month = months[String(tokens[1].lowercased().prefix(3))], tokens[1].allSatisfy(\.isLetter),
            let rawYear = number(tokens[2], maxDigits: 4)
        else { return nil }
        let year =
            switch tokens[2].count {
            case 2: rawYear < 50 ? 2000 + rawYear : 1900 + rawYear
            case 3: 1900 + rawYear
            default: rawYear
            }
        let time = tokens[3].split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 2 || time.count == 3, let hour = number(time[0], maxDigits: 2),
            let minute = number(time[1], maxDigits: 2),
            let second = time.count == 3 ? number(time[2], maxDigits: 2) : 0
        else { return nil }
        let offset: Int
        if tokens.count >= 5 {
            guard let parsed = zoneOffset(tokens[4]) else { return nil }
            offset = parsed
        } else {
            offset = 0
        }
        return date(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second, offsetSeconds: offset)
    }

    /// Seconds east of UTC for a numeric offset, a zone name or a military letter.
    static func zoneOffset(_ zone: String) -> Int? {
        if let numeric = numericOffset(zone) { return numeric }
        let upper = zone.uppercased()
        if let hours = zoneNames[upper] { return hours * 3600 }
        guard upper.count == 1, let letter = upper.unicodeScalars.first, letter.isASCII else { return nil }
        let value = Int(letter.value)
        switch letter {
        case "A"..."I": return (value - 64) * 3600
        case "K"..."M": return (value - 65) * 3600
        case "N"..."Y": return -(value - 77) * 3600
        default: return nil
        }
    }
}
