import Foundation

/// What a citizen wrote in a reply, without what they quoted: lines starting
/// with `>`, everything from an attribution line ("On … wrote:", "Pada …
/// menulis:") or an "Original Message" separator on, and the signature after
/// `-- `. The quoted part repeats our own words (a dispute detector would read
/// our note as the citizen's), and signatures carry names and phone numbers
/// that do not belong in a report's public description.
enum ReplyText {
    static func stripped(_ text: String) -> String {
        var kept: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "--" || line == "-- " || isSeparator(trimmed) || isAttribution(trimmed) { break }
            if trimmed.hasPrefix(">") { continue }
            kept.append(line)
        }
        let result = kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        // A mail that is nothing but a quote keeps its text rather than becoming empty.
        return result.isEmpty ? text : result
    }

    static func isAttribution(_ line: String) -> Bool {
        let lower = line.lowercased()
        return (lower.hasPrefix("on ") && lower.hasSuffix("wrote:"))
            || (lower.hasPrefix("pada ") && lower.hasSuffix("menulis:"))
    }

    static func isSeparator(_ line: String) -> Bool {
        let lower = line.lowercased()
        return lower.hasPrefix("-----original message") || lower.hasPrefix("-----pesan asli")
            || lower.hasPrefix("________________________________")
    }
}
