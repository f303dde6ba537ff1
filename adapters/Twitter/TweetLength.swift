import Foundation

/// X counts a post's length by weight, not by characters: twitter-text's
/// configuration v3 (https://github.com/twitter/twitter-text/blob/master/config/v3.json,
/// "maxWeightedTweetLength": 280, "scale": 100, "defaultWeight": 200,
/// "transformedURLLength": 23, "emojiParsingEnabled": true) gives weight 1 to the code
/// points in 0-4351, 8192-8205, 8208-8223 and 8242-8247 and 2 to every other one; every
/// URL counts 23 whatever its length (X wraps it in t.co), and an emoji (a whole sequence,
/// ZWJ families and flags included) counts 2. See
/// https://docs.x.com/fundamentals/counting-characters.
public enum TweetLength {
    public static let maximum = 280
    public static let urlWeight = 23
    static let lightRanges: [ClosedRange<UInt32>] = [0...4351, 8192...8205, 8208...8223, 8242...8247]

    /// The weighted length X checks against 280.
    public static func weighted(_ text: String) -> Int {
        pieces(text).reduce(0) { $0 + $1.weight }
    }

    /// `text` if it fits, else cut at a character boundary with "…" so that it fits. The
    /// tracking number (`#YYMM-NNNNNNN`) is what lets the citizen follow the report, so it is
    /// kept: if the cut would lose it, it is written again at the end.
    public static func shortened(_ text: String, limit: Int = maximum) -> String {
        guard weighted(text) > limit else { return text }
        let tracking = text.range(of: #"#\d{4}-\d+"#, options: .regularExpression).map { String(text[$0]) }
        // "…" (U+2026) is outside the light ranges: it weighs 2.
        let ellipsis = "…"
        let cut = fitting(text, budget: limit - weighted(ellipsis)) + ellipsis
        guard let tracking, !cut.contains(tracking) else { return cut }
        let tail = " " + tracking
        return fitting(text, budget: limit - weighted(ellipsis) - weighted(tail)) + ellipsis + tail
    }

    /// The longest prefix of `text` (whole pieces: a URL is never cut in two) weighing at most `budget`.
    static func fitting(_ text: String, budget: Int) -> String {
        var result = ""
        var used = 0
        for piece in pieces(text) {
            guard used + piece.weight <= budget else { break }
            used += piece.weight
            result += piece.text
        }
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// The text as URLs (23 each) and single characters (emoji 2, else the sum of their code points' weights).
    static func pieces(_ text: String) -> [(text: String, weight: Int)] {
        var result: [(text: String, weight: Int)] = []
        var rest = Substring(text)
        while let url = rest.range(of: #"https?://[^\s]+"#, options: [.regularExpression, .caseInsensitive]) {
            result += rest[rest.startIndex..<url.lowerBound].map { (String($0), weight(of: $0)) }
            result.append((String(rest[url]), urlWeight))
            rest = rest[url.upperBound...]
        }
        result += rest.map { (String($0), weight(of: $0)) }
        return result
    }

    static func weight(of character: Character) -> Int {
        if isEmoji(character) { return 2 }
        return character.unicodeScalars.reduce(0) { sum, scalar in
            sum + (lightRanges.contains { $0.contains(scalar.value) } ? 1 : 2)
        }
    }

    /// An emoji as twitter-text's emoji parsing sees one: any non-ASCII emoji character, even in
    /// text presentation (its test counts "☺" U+263A as 2), with whatever sequence follows it (skin
    /// tone, ZWJ, flag pair); the ASCII digits, `#` and `*` only as keycaps ("1⃣" counts 2).
    static func isEmoji(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, first.properties.isEmoji else { return false }
        return first.value > 0x7F || scalars.contains { $0.value == 0x20E3 }
    }
}
