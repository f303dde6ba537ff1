import Foundation

/// A multinomial naive Bayes model over `TextFeatures`, with a temperature
/// that turns its scores into calibrated probabilities.
///
/// Naive Bayes counts each feature as independent evidence, so its raw
/// posteriors are far too sure of themselves (a message of twenty words is
/// two hundred features). Dividing the log scores by a temperature fitted on
/// held-out examples (`CategoryModelTraining`) makes "0.8" mean right about
/// four times in five.
///
/// Counts are kept sparse: most features occur in one or two categories, so
/// each feature stores only the categories it was seen in.
public struct CategoryModel: Sendable {
    /// How strongly an unseen (feature, category) pair is smoothed (Lidstone).
    public static let smoothing = 0.1

    public let categories: [String]
    public let temperature: Double
    /// Labelled messages per category.
    let documents: [Double]
    /// Feature occurrences per category.
    let totals: [Double]
    /// Each feature's slice of `entryCategory` and `entryCount`.
    let slices: [UInt32: (start: Int32, count: Int32)]
    let entryCategory: [UInt8]
    let entryCount: [Float]

    // Derived once: the log prior, the log probability of an unseen feature, and each entry's
    // log ratio over that, per category.
    let logPriors: [Double]
    let unseenLog: [Double]
    let entryLogRatio: [Float]

    init(
        categories: [String], temperature: Double, documents: [Double], totals: [Double],
        slices: [UInt32: (start: Int32, count: Int32)], entryCategory: [UInt8], entryCount: [Float]
    ) {
        self.categories = categories
        self.temperature = temperature
        self.documents = documents
        self.totals = totals
        self.slices = slices
        self.entryCategory = entryCategory
        self.entryCount = entryCount
        let vocabulary = Double(max(slices.count, 1))
        let allDocuments = max(documents.reduce(0, +), 1)
        logPriors = documents.map { Self.log(($0 + 1) / (allDocuments + Double(documents.count))) }
        unseenLog = totals.map { Self.log(Self.smoothing / ($0 + Self.smoothing * vocabulary)) }
        entryLogRatio = entryCount.map { Float(Self.log((Double($0) + Self.smoothing) / Self.smoothing)) }
    }

    /// How many labelled messages the model learned from.
    public var trainedOn: Int { Int(documents.reduce(0, +).rounded()) }
    public var vocabularySize: Int { slices.count }

    /// The model's reading of a message: every category's probability, best first, and which of the
    /// message's words pushed most toward the best one.
    public struct Prediction: Sendable, Equatable {
        public struct Guess: Sendable, Equatable {
            public let category: String
            public let probability: Double
        }
        public let ranked: [Guess]
        public let words: [String]
        public var best: Guess? { ranked.first }
    }

    public func predict(_ text: String, explain: Int = 3) -> Prediction {
        predict(TextFeatures(text), explain: explain)
    }

    public func predict(_ features: TextFeatures, explain: Int = 3) -> Prediction {
        guard !categories.isEmpty else { return Prediction(ranked: [], words: []) }
        let scores = logScores(features.hashes, features.weights)
        let probabilities = Self.softmax(scores, temperature: temperature)
        let order = probabilities.indices.sorted { probabilities[$0] > probabilities[$1] }
        let ranked = order.prefix(5).map { Prediction.Guess(category: categories[$0], probability: probabilities[$0]) }
        let words =
            explain > 0 && order.count > 1 ? weighed(features, for: order[0], against: order[1], top: explain) : []
        return Prediction(ranked: ranked, words: words)
    }

    /// Unnormalised log posteriors, each feature counted by its weight; features the model never saw
    /// say nothing.
    func logScores(_ hashes: [UInt32], _ weights: [Float]) -> [Double] {
        var scores = logPriors
        var known = 0.0
        for (hash, weight) in zip(hashes, weights) {
            guard let slice = slices[hash] else { continue }
            known += Double(weight)
            for entry in Int(slice.start)..<Int(slice.start + slice.count) {
                scores[Int(entryCategory[entry])] += Double(weight * entryLogRatio[entry])
            }
        }
        for index in scores.indices { scores[index] += known * unseenLog[index] }
        return scores
    }

    /// The words whose features raised `best` most over `runnerUp`, strongest first.
    func weighed(_ features: TextFeatures, for best: Int, against runnerUp: Int, top: Int) -> [String] {
        var weight = [Double](repeating: 0, count: features.words.count)
        for (index, hash) in features.hashes.enumerated() {
            guard let slice = slices[hash] else { continue }
            var delta = unseenLog[best] - unseenLog[runnerUp]
            for entry in Int(slice.start)..<Int(slice.start + slice.count) {
                let category = Int(entryCategory[entry])
                if category == best { delta += Double(entryLogRatio[entry]) }
                if category == runnerUp { delta -= Double(entryLogRatio[entry]) }
            }
            weight[features.owners[index]] += Double(features.weights[index]) * delta
        }
        var chosen: [String] = []
        for index in weight.indices.sorted(by: { weight[$0] > weight[$1] }) where weight[index] > 0 {
            if !chosen.contains(features.words[index]) { chosen.append(features.words[index]) }
            if chosen.count == top { break }
        }
        return chosen
    }

    static func softmax(_ scores: [Double], temperature: Double) -> [Double] {
        let scaled = scores.map { $0 / temperature }
        let top = scaled.max() ?? 0
        let exps = scaled.map { exp($0 - top) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }

    static func log(_ x: Double) -> Double { Foundation.log(x) }
}
