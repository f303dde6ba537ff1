import Foundation

/// Times from Indonesian providers that write ISO 8601 loosely: with `T` or a
/// space, with or without fractional seconds, and often without an offset,
/// which then means Jakarta time (WIB, +07:00).
///
/// Read by hand rather than with `ISO8601DateFormatter`: a poller reads a time
/// for every post, and building ICU's formatter for each took over a third of
/// the hub's CPU while draining a feed (bench/pollers.sh, perf). What it takes:
/// `YYYY-MM-DD`, `T` or a space, `HH:MM:SS`, optional fractional seconds, an
/// optional offset (`Z`, `+07:00`, `+0700`, `+07`; spaces around it allowed).
/// Stricter than the formatter where it was wrong: out-of-range fields (30
/// February, 24:00) and text after the time are refused, not rolled over or
/// ignored (JakartaTimeTests).
public enum JakartaTime {
    public static let zone = TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt
    static let jakartaOffsetSeconds = 7 * 3600

    public static func parse(_ text: String?) -> Date? {
        guard let text, text.utf8.count <= 64 else { return nil }
        var reader = Reader(Array(text.utf8))
        reader.skipSpaces()
        guard let year = reader.digits(4), reader.take(UInt8(ascii: "-")),
            let month = reader.digits(2), reader.take(UInt8(ascii: "-")),
            let day = reader.digits(2)
        else { return nil }
        // `2026-11-20 08:15:00 +07:00`: the first space separates date and time, a later one the offset.
        guard reader.take(UInt8(ascii: "T")) || reader.take(UInt8(ascii: " ")) else { return nil }
        guard let hour = reader.digits(2), reader.take(UInt8(ascii: ":")),
            let minute = reader.digits(2), reader.take(UInt8(ascii: ":")),
            let second = reader.digits(2)
        else { return nil }
        var fraction = 0.0
        if reader.take(UInt8(ascii: ".")) {
            guard let value = reader.fraction() else { return nil }
            fraction = value
        }
        reader.skipSpaces()
        var offset = jakartaOffsetSeconds
        if !reader.atEnd {
            guard let written = reader.offset() else { return nil }
            offset = written
        }
        reader.skipSpaces()
        guard reader.atEnd, year >= 1, (1...12).contains(month), (1...CivilDate.daysIn(month, of: year)).contains(day),
            hour < 24, minute < 60, second < 60
        else { return nil }
        let days = CivilDate.daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// A cursor over the text's bytes.
    struct Reader {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func skipSpaces() {
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        }

        /// Exactly `count` ASCII digits as a number.
        mutating func digits(_ count: Int) -> Int? {
            guard bytes.count - index >= count else { return nil }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += count
            return value
        }

        /// The digits after a decimal point (at least one, at most nine) as a fraction of a second.
        mutating func fraction() -> Double? {
            var value = 0.0
            var scale = 1.0
            var count = 0
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                count += 1
                guard count <= 9 else { return nil }
                scale /= 10
                value += Double(bytes[index] - UInt8(ascii: "0")) * scale
                index += 1
            }
            return count > 0 ? value : nil
        }

        /// `Z`, or a sign, two digits of hours and optionally minutes (with or without a colon), in seconds.
        mutating func offset() -> Int? {
            if take(UInt8(ascii: "Z")) { return 0 }
            let sign: Int
            if take(UInt8(ascii: "+")) {
                sign = 1
            } else if take(UInt8(ascii: "-")) {
                sign = -1
            } else {
                return nil
            }
            guard let hours = digits(2), hours <= 18 else { return nil }
            var minutes = 0
            if take(UInt8(ascii: ":")) {
                guard let written = digits(2) else { return nil }
                minutes = written
            } else if let written = digits(2) {
                minutes = written
            }
            guard minutes < 60 else { return nil }
            return sign * (hours * 3_600 + minutes * 60)
        }
    }
}
