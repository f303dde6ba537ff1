import ArgumentParser
import AspirasiCore
import AspirasiStore
import Foundation

extension ClassifierCommand {
    /// Tunes the decision policy on the seed alone, so that the held-out set stays an honest measure:
    /// each fold of the written seed messages is classified by a model trained on the other folds
    /// (the categories' names and keywords always in training), for each threshold asked.
    struct CrossValidate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "crossvalidate",
            abstract: "K-fold cross-validation on the seed for a list of model thresholds (never the held-out set).")
        @Option(help: "How many folds.") var folds = 5
        @Option(help: "Model thresholds to try, comma-separated.") var thresholds = "0.6,0.7,0.8,0.9"
        @Flag(help: "List every misroute with who chose it and the model's guesses.") var show = false

        func run() async throws {
            guard folds >= 2 else { throw ValidationError("--folds must be at least 2") }
            let categories = try ReferenceFiles.locate().categories()
            let rules = IntakeCatalog(categories: categories, units: []).classifier
            let written = ClassifierSeed.writtenMessages(categories: categories)
            let models = (0..<folds).map { fold in
                var training = CategoryModelTraining(categories: categories.map { $0.code })
                for example in ClassifierSeed.catalogExamples(categories: categories) {
                    training.add(example.text, category: example.category)
                }
                for (index, example) in written.enumerated() where index % folds != fold {
                    training.add(example.text, category: example.category)
                }
                return training.model()
            }
            print("\(folds)-fold cross-validation on \(written.count) written seed messages")
            print("threshold  accuracy  triage  misrouted  (by a rule, by the model)")
            for threshold in thresholds.split(separator: ",").compactMap({ Double($0) }) {
                let classifiers = models.map { TriageClassifier(rules: rules, model: (0, $0), threshold: threshold) }
                var byRule = 0
                // Each message is keyed by its index, so that it is classified by the fold that left it out.
                let keyed = written.enumerated().map { ("\($0.offset)\t" + $0.element.text, $0.element.category) }
                let evaluation = ClassifierEvaluation(keyed) { key in
                    let parts = key.split(separator: "\t", maxSplits: 1)
                    let index = Int(parts[0]) ?? 0
                    let classification = classifiers[index % folds].classify(String(parts[1]))
                    let expected = written[index].category
                    let misrouted =
                        classification.category != expected && classification.category != Classifier.fallbackCategory
                    if misrouted && classification.source == .rule { byRule += 1 }
                    if misrouted && show {
                        print("  \(expected) -> " + Self.describe(classification) + ": \(parts[1])")
                    }
                    return classification.category
                }
                print(
                    String(
                        format: "%9.2f  %7.1f%%  %5.1f%%  %8.1f%%  (%d, %d)", threshold, evaluation.accuracy * 100,
                        evaluation.triageShare * 100, evaluation.misrouteShare * 100, byRule,
                        evaluation.misrouted - byRule))
            }
        }

        static func describe(_ classification: Classification) -> String {
            let guesses = classification.guesses.map { "\($0.category) " + String(format: "%.2f", $0.probability) }
            return "\(classification.category) (\(classification.source.rawValue) "
                + String(format: "%.2f", classification.confidence) + "; \(guesses.joined(separator: ", ")))"
        }
    }
}
