import Foundation

/// Times as Jakarta's officers read them: WIB (UTC+7, no daylight saving), Indonesian day and month names.
public enum JakartaClock {
    static let zone = TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt
    static let days = ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]

    static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    /// `Sen 20 Nov 10:30`.
    public static func short(_ date: Date) -> String {
        let parts = calendar.dateComponents([.weekday, .day, .month, .hour, .minute], from: date)
        let day = days[((parts.weekday ?? 1) - 1) % 7]
        let month = months[((parts.month ?? 1) - 1) % 12]
        return "\(day) \(parts.day ?? 0) \(month) \(pad(parts.hour))" + ":" + pad(parts.minute)
    }

    /// `20 Nov 2026 10:30 WIB`.
    public static func full(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .day, .month, .hour, .minute], from: date)
        let month = months[((parts.month ?? 1) - 1) % 12]
        return "\(parts.day ?? 0) \(month) \(parts.year ?? 0) \(pad(parts.hour)):\(pad(parts.minute)) WIB"
    }

    /// The machine-readable form for `<time datetime=…>`.
    public static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = zone
        return formatter.string(from: date)
    }

    /// `5 menit lalu`, `2 jam lalu`, `3 hari lalu`; for a time ahead, `dalam 2 jam`.
    public static func relative(_ date: Date, now: Date = Date()) -> String {
        let seconds = Int(now.timeIntervalSince(date))
        let span = abs(seconds)
        let text: String
        switch span {
        case ..<60: return seconds >= 0 ? "baru saja" : "sebentar lagi"
        case ..<3600: text = "\(span / 60) menit"
        case ..<86_400: text = "\(span / 3600) jam"
        default: text = "\(span / 86_400) hari"
        }
        return seconds >= 0 ? "\(text) lalu" : "dalam \(text)"
    }

    private static func pad(_ value: Int?) -> String {
        let value = value ?? 0
        return value < 10 ? "0\(value)" : String(value)
    }
}
