/// Picks a category from Indonesian keywords.
///
/// Each keyword phrase that occurs in the text scores its length in words, so
/// "jalan berlubang" outweighs a lone "lubang". Confidence is high when one
/// category clearly leads: a single one-word hit gives 0.5, a tie gives less.
public struct Classifier: Sendable {
    public struct Rule: Sendable {
        public let category: String
        public let keywords: [String]

        public init(category: String, keywords: [String]) {
            self.category = category
            self.keywords = keywords
        }
    }

    public struct Result: Sendable, Equatable {
        public let category: String
        public let confidence: Double
    }

    /// The category for text that matches nothing well enough; it goes to triage.
    public static let fallbackCategory = "lainnya"
    public static let minimumConfidence = 0.5

    private let phrases: [(category: String, stems: [String])]

    public init(rules: [Rule]) {
        phrases = rules.flatMap { rule in
            rule.keywords.map { (rule.category, IndonesianText.stems($0)) }.filter { !$0.1.isEmpty }
        }
    }

    public func classify(_ text: String) -> Result {
        let words = IndonesianText.stems(text)
        var scores: [String: Int] = [:]
        for phrase in phrases where Self.contains(words, phrase.stems) {
            scores[phrase.category, default: 0] += phrase.stems.count
        }
        let ranked = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let best = ranked.first else { return Result(category: Self.fallbackCategory, confidence: 0) }
        let runnerUp = ranked.dropFirst().first?.value ?? 0
        let strength = min(1.0, Double(best.value) / 2.0)
        let margin = Double(best.value) / Double(best.value + runnerUp)
        let confidence = strength * margin
        guard confidence >= Self.minimumConfidence else {
            return Result(category: Self.fallbackCategory, confidence: confidence)
        }
        return Result(category: best.key, confidence: confidence)
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard phrase.count <= words.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start..<(start + phrase.count)].elementsEqual(phrase)
        {
            return true
        }
        return false
    }
}
