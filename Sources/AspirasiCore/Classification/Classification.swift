/// Why a report has its category: who chose it (the channel, the keyword
/// rules, the learned model, or nobody: triage), how sure, the words that
/// weighed most and the model's best guesses. Stored with the report
/// (`reports.category_basis`) and shown to officers.
public struct Classification: Sendable, Equatable, Codable {
    public enum Source: String, Sendable, Codable {
        /// The channel sent a category of its own (a Qlue or Open311 service code).
        case channel
        /// A keyword rule matched.
        case rule
        /// The learned model was sure enough.
        case model
        /// Nothing was sure enough: the report waits in triage under `lainnya`.
        case triage
    }

    public struct Guess: Sendable, Equatable, Codable {
        public let category: String
        public let probability: Double

        public init(category: String, probability: Double) {
            self.category = category
            self.probability = probability
        }
    }

    public let category: String
    public let confidence: Double
    public let source: Source
    /// The model version that was asked, if one was.
    public let modelVersion: Int?
    /// The matched keywords (rule) or the words that weighed most (model).
    public let words: [String]
    /// The model's best guesses, most likely first (for triage).
    public let guesses: [Guess]

    public init(
        category: String, confidence: Double, source: Source, modelVersion: Int? = nil, words: [String] = [],
        guesses: [Guess] = []
    ) {
        self.category = category
        self.confidence = confidence
        self.source = source
        self.modelVersion = modelVersion
        self.words = words
        self.guesses = guesses
    }

    /// The model's best guess other than the fallback category, if any: what triage proposes.
    public var proposal: Guess? { guesses.first { $0.category != Classifier.fallbackCategory } }
}

/// The keyword rules and the learned model together.
///
/// A rule that matches decides unless the model is very sure of another
/// category (`overrideConfidence`: it has learned from koordinators that
/// these words mean something else); when the model is only fairly sure of
/// another category the two disagree and the report goes to triage, which
/// costs a koordinator a click where a misroute costs an agency a wasted
/// trip. Where no rule matches, the model decides above `threshold`.
public struct TriageClassifier: Sendable {
    /// 0.8 rather than 0.7, chosen by `aspirasi classifier crossvalidate` (five folds of the seed, never
    /// the held-out set): misrouted 2.6% -> 2.2%, triage 9.1% -> 9.5%, accuracy the same. Requiring
    /// the model's assent to a weak rule, or to one that also saw another category's keywords, was
    /// tried there too and left out: one to three fewer misroutes of
    /// 642 to 684 for 3 to 17 more in triage. So was sending to triage a rule whose category the model
    /// rates under 1-20% (one fewer misroute for 2 to 12 more in triage), and so were other smoothings
    /// of the model (0.03-1; 0.1 stays) and complement naive Bayes (misrouted 3.4-3.8%).
    public static let defaultThreshold = 0.8
    /// 0.99 rather than 0.9: in a five-fold cross-validation on the seed alone, overrides between 0.9
    /// and 0.99 were mostly misroutes (misrouted 4.4% -> 3.4%, triage 8.3% -> 10.1%).
    public static let overrideConfidence = 0.99

    public let rules: Classifier
    public let model: (version: Int, model: CategoryModel)?
    public let threshold: Double

    public init(rules: Classifier, model: (version: Int, model: CategoryModel)?, threshold: Double = defaultThreshold) {
        self.rules = rules
        self.model = model
        self.threshold = threshold
    }

    public func classify(_ text: String) -> Classification {
        let rule = rules.classify(text)
        let ruled = rule.category != Classifier.fallbackCategory
        guard let (version, model) = model else {
            return ruled
                ? Classification(
                    category: rule.category, confidence: rule.confidence, source: .rule, words: rule.keywords)
                : Classification(category: Classifier.fallbackCategory, confidence: rule.confidence, source: .triage)
        }
        let prediction = model.predict(text)
        let guesses = prediction.ranked.prefix(3).map {
            Classification.Guess(category: $0.category, probability: $0.probability)
        }
        let best = prediction.best ?? .init(category: Classifier.fallbackCategory, probability: 0)
        let learned = best.category != Classifier.fallbackCategory && best.probability >= threshold
        let byModel = Classification(
            category: best.category, confidence: best.probability, source: .model, modelVersion: version,
            words: prediction.words, guesses: guesses)
        if ruled && (!learned || best.category == rule.category) {
            let agreeing = prediction.ranked.first { $0.category == rule.category }?.probability ?? 0
            return Classification(
                category: rule.category, confidence: max(rule.confidence, agreeing), source: .rule,
                modelVersion: version, words: rule.keywords, guesses: guesses)
        }
        if learned && (!ruled || best.probability >= Self.overrideConfidence) { return byModel }
        return Classification(
            category: Classifier.fallbackCategory, confidence: best.probability, source: .triage,
            modelVersion: version, words: prediction.words, guesses: guesses)
    }
}
