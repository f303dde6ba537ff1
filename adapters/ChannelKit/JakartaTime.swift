import Foundation

/// Times from Indonesian providers that write ISO 8601 loosely: with `T` or a
/// space, with or without fractional seconds, and often without an offset,
/// which then means Jakarta time (WIB, +07:00).
public enum JakartaTime {
    public static let zone = TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt

    public static func parse(_ text: String?) -> Date? {
        guard let text, text.count <= 64 else { return nil }
        // `2026-11-20 08:15:00 +07:00`: the first space separates date and time, a later one the offset.
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
        formatter.timeZone = zone
        return formatter.date(from: normalised)
    }
}
