import Foundation

/// Reading loosely typed feed values: older feeds send numbers as strings and lists as
/// comma-separated text, so each accessor accepts both and rejects everything else.
public enum Loose {
    public static func int(_ value: Any?) -> Int? {
        switch value {
        case let number as Int: number
        case let number as Double where number.rounded() == number && abs(number) < 1e15: Int(number)
        case let text as String: Int(text.trimmingCharacters(in: .whitespaces))
        default: nil
        }
    }

    public static func double(_ value: Any?) -> Double? {
        switch value {
        case let number as Double: number.isFinite ? number : nil
        case let number as Int: Double(number)
        case let text as String: Double(text.trimmingCharacters(in: .whitespaces)).flatMap { $0.isFinite ? $0 : nil }
        default: nil
        }
    }

    public static func text(_ value: Any?) -> String? {
        switch value {
        case let text as String:
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        case let number as Int: return String(number)
        default: return nil
        }
    }

    public static func list(_ value: Any?) -> [String] {
        switch value {
        case let list as [Any]: list.compactMap(text)
        case let text as String: text.split(separator: ",").compactMap { Self.text(String($0)) }
        default: []
        }
    }

    /// A point from two loosely typed coordinates; 0,0 is how feeds say "no location", so it is none.
    public static func location(latitude: Any?, longitude: Any?) -> GeoPoint? {
        guard let latitude = double(latitude), let longitude = double(longitude), latitude != 0 || longitude != 0
        else { return nil }
        return try? GeoPoint(latitude: latitude, longitude: longitude)
    }

    /// Photo links from a list (or comma-separated text), web addresses only, at most `limit`: the photo
    /// fetcher checks each one again before it goes anywhere.
    public static func webURLs(_ value: Any?, limit: Int = 10) -> [String] {
        Array(list(value).filter { $0.hasPrefix("https://") || $0.hasPrefix("http://") }.prefix(limit))
    }
}
