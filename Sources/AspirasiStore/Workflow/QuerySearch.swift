import AspirasiCore
import Foundation

/// An officer's search box: a tracking number finds that report; anything else is words that must
/// all appear in the description (case-insensitive), as LIKE patterns with their wildcards escaped
/// (each an `ILIKE` that the description's trigram index answers, migration 0025).
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
        // A plus separates words too: an HTML form's GET sends "jalan rusak" as `q=jalan+rusak`, and the
        // query string reaches us percent-decoded but with its pluses kept.
        patterns = trimmed.split(whereSeparator: { $0.isWhitespace || $0 == "+" }).prefix(8).map { word in
            var escaped = ""
            for character in word.prefix(60) {
                if character == "\\" || character == "%" || character == "_" { escaped.append("\\") }
                escaped.append(character)
            }
            return "%" + escaped + "%"
        }
    }
}
