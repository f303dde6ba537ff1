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
        /// The keywords of the chosen category found in the text (empty when it goes to triage).
        public var keywords: [String] = []
    }

    /// The category for text that matches nothing well enough; it goes to triage.
    public static let fallbackCategory = "lainnya"
    public static let minimumConfidence = 0.5

    private let phrases: [(category: String, keyword: String, stems: [String])]

    public init(rules: [Rule]) {
        phrases = rules.flatMap { rule in
            rule.keywords.map { (rule.category, $0, IndonesianText.stems($0)) }.filter { !$0.2.isEmpty }
        }
    }

    public func classify(_ text: String) -> Result {
        let words = IndonesianText.stems(text)
        var scores: [String: Int] = [:]
        var found: [String: [String]] = [:]
        for phrase in phrases where Self.contains(words, phrase.stems) {
            scores[phrase.category, default: 0] += phrase.stems.count
            found[phrase.category, default: []].append(phrase.keyword)
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
        return Result(category: best.key, confidence: confidence, keywords: found[best.key] ?? [])
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
