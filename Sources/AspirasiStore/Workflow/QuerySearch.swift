import AspirasiCore
import Foundation

/// An officer's search box: a tracking number finds that report; anything else is words that must
/// all appear in the description (case-insensitive), as LIKE patterns with their wildcards escaped
/// (`ILIKE ALL` of no patterns is true, so an empty search costs nothing per row).
struct QuerySearch {
    let number: String?
    let patterns: [String]

    init(_ text: String?) {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if let number = TrackingNumber(trimmed) {
            self.number = number.rawValue
            patterns = []
            return
        }
        number = nil
        patterns = trimmed.split(whereSeparator: \.isWhitespace).prefix(8).map { word in
            var escaped = ""
            for character in word.prefix(60) {
                if character == "\\" || character == "%" || character == "_" { escaped.append("\\") }
                escaped.append(character)
            }
            return "%" + escaped + "%"
        }
    }
}
