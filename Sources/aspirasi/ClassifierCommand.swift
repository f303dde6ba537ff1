import ArgumentParser
import AspirasiCore
import AspirasiStore
import Foundation

struct ClassifierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classifier",
        abstract: "The learned category classifier: train a new version, evaluate it, time it.",
        subcommands: [Train.self, Evaluate.self, CrossValidate.self, Bench.self])

    struct Train: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train a new model version from the seed, corrections and completed reports; hubs load it.")
        @OptionGroup var common: CommonOptions

        func run() async throws {
            try await runWithDatabase(common) { client, logger in
                try await Migrator().migrate(client, logger: logger)
                let catalog = try await IntakeCatalog.load(from: client, logger: logger)
                guard
                    let summary = try await ClassifierModels(client).train(
                        categories: catalog.categoryList, logger: logger)
                else {
                    print("another hub is training the classifier now; nothing done")
                    return
                }
                print(
                    """
                    classifier version \(summary.version): \(summary.seedExamples) seed examples, \
                    \(summary.corrections) corrections, \(summary.completed) completed reports, \
                    \(summary.vocabulary) features, temperature \(String(format: "%.2f", summary.temperature)), \
                    \(summary.milliseconds) ms
                    """)
            }
        }
    }

    struct Evaluate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Figures on the held-out set: the rules alone, then the rules with the seed-trained model.")
        @Option(help: "The held-out messages, category<TAB>message a line.") var file = "eval/classifier-heldout.tsv"
        @Option(help: "The model's confidence threshold.") var threshold: Double?
        @Flag(help: "Exit non-zero unless rules+model meet the targets (CI).") var check = false

        func run() async throws {
            let examples = try HeldOutSet.read(file)
            let categories = try ReferenceFiles.locate().categories()
            let rules = IntakeCatalog(categories: categories, units: []).classifier
            let threshold = self.threshold ?? TriageClassifier.defaultThreshold
            let model = Self.model(categories, corrections: [])
            let combined = TriageClassifier(rules: rules, model: (0, model), threshold: threshold)
            let before = ClassifierEvaluation(examples) { rules.classify($0).category }
            let after = ClassifierEvaluation(examples) { combined.classify($0).category }
            print(before.formatted(title: "rules alone"))
            print("")
            print(
                after.formatted(
                    title: "rules + model (seed only, threshold \(threshold), temperature "
                        + String(format: "%.2f", model.temperature) + ")"))
            print("")
            let corrected = Self.afterCorrections(examples, categories, rules: rules, threshold: threshold)
            print(
                corrected.formatted(
                    title: "rules + model after simulated corrections (two folds: a koordinator corrects every "
                        + "miss of one half, measured on the other)"))
            guard check else { return }
            // The issue's targets (2.1% misrouted today, see README), so that CI catches a regression.
            guard after.correctOrTriaged >= 0.9, after.triageShare <= 0.10, after.misrouteShare <= 0.03 else {
                print("classifier below its targets: correct or triaged >= 90%, triage <= 10%, misrouted <= 3%")
                throw ExitCode.failure
            }
        }

        static func model(_ categories: [IntakeCatalog.Category], corrections: [(text: String, category: String)])
            -> CategoryModel
        {
            var training = CategoryModelTraining(categories: categories.map(\.code))
            for example in ClassifierSeed.examples(categories: categories) {
                training.add(example.text, category: example.category)
            }
            for correction in corrections {
                training.add(correction.text, category: correction.category, weight: ClassifierModels.correctionWeight)
            }
            return training.model()
        }

        /// Each half is measured with a model that learned, as a koordinator's corrections, the right
        /// category of every message of the other half that the seed model missed (sent to triage or
        /// misrouted). No message is measured by a model that saw it.
        static func afterCorrections(
            _ examples: [(text: String, category: String)], _ categories: [IntakeCatalog.Category],
            rules: Classifier, threshold: Double
        ) -> ClassifierEvaluation {
            let seeded = TriageClassifier(
                rules: rules, model: (0, model(categories, corrections: [])), threshold: threshold)
            let halves = [0, 1].map { half in examples.enumerated().filter { $0.offset % 2 == half }.map(\.element) }
            var chosen: [String: String] = [:]
            for (half, other) in [(0, 1), (1, 0)] {
                let corrections = halves[other].filter { seeded.classify($0.text).category != $0.category }
                let classifier = TriageClassifier(
                    rules: rules, model: (1, model(categories, corrections: corrections)), threshold: threshold)
                for example in halves[half] { chosen[example.text] = classifier.classify(example.text).category }
            }
            return ClassifierEvaluation(examples) { chosen[$0] ?? Classifier.fallbackCategory }
        }
    }
}

/// The held-out evaluation file: category<TAB>message a line, # for comments.
enum HeldOutSet {
    static func read(_ path: String) throws -> [(text: String, category: String)] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path)")
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let parts = line.split(separator: "\t", maxSplits: 1)
            return parts.count == 2 ? (String(parts[1]), String(parts[0])) : nil
        }
    }
}
