import ChannelKit
import Foundation
import Testing

/// `JakartaTime` reads times by hand; these compare it with what `ISO8601DateFormatter` (its reader before)
/// made of the same well-formed texts, so the change of reader changes no time a provider sends. Where the
/// formatter was wrong, the hand reader is stricter: it rolled 30 February into March, read `24:00:00` as the
/// next day, ignored text after the seconds (a trailing `Zjunk` became Jakarta time), and dropped the
/// fraction of a time without an offset.
@Suite struct JakartaTimeTests {
    /// The formatter-based reader `JakartaTime` replaced, kept as the reference.
    static func formatterReading(_ text: String) -> Date? {
        var normalised = text.trimmingCharacters(in: .whitespaces)
        if let space = normalised.firstIndex(of: " ") { normalised.replaceSubrange(space...space, with: "T") }
        normalised = normalised.replacingOccurrences(of: " ", with: "")
        let formatter = ISO8601DateFormatter()
        for options: ISO8601DateFormatter.Options in [
            [.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds],
        ] {
            formatter.formatOptions = options
            if let date = formatter.date(from: normalised) { return date }
        }
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
        formatter.timeZone = JakartaTime.zone
        return formatter.date(from: normalised)
    }

    /// Well-formed texts in every shape providers send, 1950 to 2100: a sweep whose steps are prime to each
    /// field's range, so the 3,000 texts meet every month, day, hour, separator and offset in many combinations.
    /// (Before about 1906 the formatter's fractional form failed and it fell back to ignoring the offset.)
    static func providerTexts() -> [String] {
        let offsets = ["", "Z", "+07:00", " +07:00", "-05:30", "+00:00", "+09:00"]
        let fractions = ["", ".5", ".123", ".250"]
        return (0..<3_000).map { n in
            let year = 1950 + (n * 37) % 151
            let month = 1 + (n * 5) % 12
            let day = 1 + (n * 11) % CivilDate.daysIn(month, of: year)
            let clock = String(format: "%02d:%02d:%02d", (n * 7) % 24, (n * 13) % 60, (n * 17) % 60)
            let offset = offsets[(n / 2) % offsets.count]
            // The formatter dropped the fraction of a time without an offset (see fractionalSeconds… below), and
            // of a `T` time with a spaced offset (it made that space the `T`, then ignored what followed).
            let fraction = offset.isEmpty || offset.hasPrefix(" ") ? "" : fractions[(n / 3) % fractions.count]
            return String(format: "%04d-%02d-%02d", year, month, day) + (n % 2 == 0 ? "T" : " ") + clock + fraction
                + offset
        }
    }

    @Test func everyWellFormedTimeIsReadAsTheFormatterReadIt() {
        for text in Self.providerTexts() {
            let expected = Self.formatterReading(text)
            #expect(expected != nil, "the reference refuses \(text)")
            guard let expected else { continue }
            let read = JakartaTime.parse(text)
            #expect(read.map { abs($0.timeIntervalSince(expected)) < 0.001 } == true, "\(text)")
        }
    }

    @Test func malformedOrImpossibleTimesAreRefused() {
        for text in [
            "2026-02-30 10:00:00", "2025-02-29T10:00:00Z", "2026-13-01 10:00:00", "2026-11-20 24:00:00",
            "2026-11-20 12:60:00", "2026-11-20 12:00:60", "2026-1-05 10:00:00", "20 November", "",
            "2026-11-20", "2026-11-20T08:15", "2026-11-20T08:15:00+7", "2026-11-20T08:15:00 WIB",
            "2026-11-20T08:15:00.Z", "x2026-11-20T08:15:00Z", "2026-11-20T08:15:00Zjunk",
        ] {
            #expect(JakartaTime.parse(text) == nil, "\(text)")
        }
        #expect(JakartaTime.parse(String(repeating: "2", count: 65)) == nil)
        #expect(JakartaTime.parse(nil) == nil)
    }

    @Test func aLeapDayAndOffsetsAreReadExactly() {
        #expect(JakartaTime.parse("2024-02-29 00:00:00") == Date(timeIntervalSince1970: 1_709_139_600))
        #expect(JakartaTime.parse("2026-11-20T01:15:00Z") == Date(timeIntervalSince1970: 1_795_137_300))
        #expect(JakartaTime.parse("2026-11-20T08:15:00+0700") == Date(timeIntervalSince1970: 1_795_137_300))
        #expect(JakartaTime.parse("1969-12-31T23:59:59Z") == Date(timeIntervalSince1970: -1))
    }

    /// Fractional seconds without an offset: Jakarta time, the fraction kept (the formatter dropped it).
    @Test func fractionalSecondsWithoutAnOffsetAreJakartaTime() {
        #expect(Self.formatterReading("2026-11-20 08:15:00.5") == Date(timeIntervalSince1970: 1_795_137_300))
        #expect(JakartaTime.parse("2026-11-20 08:15:00.5") == Date(timeIntervalSince1970: 1_795_137_300.5))
    }
}
