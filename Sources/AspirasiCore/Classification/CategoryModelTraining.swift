import Foundation

/// Builds a `CategoryModel` from labelled messages in one pass.
///
/// Every fifth message (up to `calibrationLimit`) is also kept aside with
/// its features: the temperature is fitted on those against a model that did
/// not see them, then their counts join the rest for the final model. One
/// pass over the data, whatever its size: the store streams rows into `add`.
public struct CategoryModelTraining: Sendable {
    public static let calibrationLimit = 20_000

    public let categories: [String]
    let index: [String: Int]
    /// (feature hash << 8 | category) -> weighted count, for the fitting part and the held-out part.
    var fitting: [UInt64: Float] = [:]
    var heldOut: [UInt64: Float] = [:]
    var fittingDocuments: [Double]
    var fittingTotals: [Double]
    var heldOutDocuments: [Double]
    var heldOutTotals: [Double]
    var calibration: [(features: [UInt32], weights: [Float], category: Int)] = []
    var seen = 0

    /// `categories` in a stable order; messages labelled otherwise are skipped. At most 255.
    public init(categories: [String]) {
        self.categories = Array(categories.prefix(255))
        index = Dictionary(self.categories.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        fittingDocuments = Array(repeating: 0, count: self.categories.count)
        fittingTotals = fittingDocuments
        heldOutDocuments = fittingDocuments
        heldOutTotals = fittingDocuments
    }

    /// Learns that `text` belongs to `category`; `weight` counts a koordinator's correction more.
    public mutating func add(_ text: String, category: String, weight: Float = 1) {
        guard let category = index[category] else { return }
        let features = TextFeatures(text)
        add(features.hashes, features.weights, category: category, weight: weight)
    }

    mutating func add(_ hashes: [UInt32], _ featureWeights: [Float], category: Int, weight: Float) {
        guard !hashes.isEmpty else { return }
        seen += 1
        if seen % 5 == 0, calibration.count < Self.calibrationLimit {
            calibration.append((hashes, featureWeights, category))
            Self.count(hashes, featureWeights, category, weight, into: &heldOut, &heldOutDocuments, &heldOutTotals)
        } else {
            Self.count(hashes, featureWeights, category, weight, into: &fitting, &fittingDocuments, &fittingTotals)
        }
    }

    static func count(
        _ hashes: [UInt32], _ featureWeights: [Float], _ category: Int, _ weight: Float,
        into counts: inout [UInt64: Float],
        _ documents: inout [Double], _ totals: inout [Double]
    ) {
        let tag = UInt64(category)
        var mass: Float = 0
        for (hash, featureWeight) in zip(hashes, featureWeights) {
            counts[UInt64(hash) << 8 | tag, default: 0] += weight * featureWeight
            mass += featureWeight
        }
        documents[category] += Double(weight)
        totals[category] += Double(weight) * Double(mass)
    }

    /// The calibrated model of everything added so far.
    public func model() -> CategoryModel {
        let temperature = fittedTemperature()
        var all = fitting
        all.merge(heldOut, uniquingKeysWith: +)
        let documents = zip(fittingDocuments, heldOutDocuments).map(+)
        let totals = zip(fittingTotals, heldOutTotals).map(+)
        return Self.build(categories, temperature: temperature, documents: documents, totals: totals, counts: all)
    }

    /// The temperature (on a log grid from 1 to 100) that minimises the held-out messages' negative
    /// log-likelihood under a model trained without them; 1 without held-out messages.
    func fittedTemperature() -> Double {
        guard !calibration.isEmpty else { return 1 }
        let model = Self.build(
            categories, temperature: 1, documents: fittingDocuments, totals: fittingTotals, counts: fitting)
        let scores = calibration.map { (model.logScores($0.features, $0.weights), $0.category) }
        var best = (temperature: 1.0, loss: Double.infinity)
        for step in 0...40 {
            let temperature = Foundation.pow(10, Double(step) / 20)
            var loss = 0.0
            for (score, category) in scores {
                let probabilities = CategoryModel.softmax(score, temperature: temperature)
                loss -= Foundation.log(max(probabilities[category], 1e-12))
            }
            if loss < best.loss { best = (temperature, loss) }
        }
        return best.temperature
    }

    static func build(
        _ categories: [String], temperature: Double, documents: [Double], totals: [Double], counts: [UInt64: Float]
    ) -> CategoryModel {
        var slices: [UInt32: (start: Int32, count: Int32)] = [:]
        slices.reserveCapacity(counts.count / 2)
        var entryCategory: [UInt8] = []
        var entryCount: [Float] = []
        entryCategory.reserveCapacity(counts.count)
        entryCount.reserveCapacity(counts.count)
        // Sorted keys put a feature's categories side by side.
        for key in counts.keys.sorted() {
            let hash = UInt32(truncatingIfNeeded: key >> 8)
            if let slice = slices[hash] {
                slices[hash] = (slice.start, slice.count + 1)
            } else {
                slices[hash] = (Int32(entryCategory.count), 1)
            }
            entryCategory.append(UInt8(truncatingIfNeeded: key))
            entryCount.append(counts[key] ?? 0)
        }
        return CategoryModel(
            categories: categories, temperature: temperature, documents: documents, totals: totals, slices: slices,
            entryCategory: entryCategory, entryCount: entryCount)
    }
}
