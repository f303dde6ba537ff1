import ArgumentParser
import AspirasiCore
import AspirasiStore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension ClassifierCommand {
    /// `make bench-classifier`: what classification adds to a message's intake, and how long training
    /// takes on a million labelled reports (synthetic: seed messages varied with typos, dropped words
    /// and place names, so the vocabulary grows as a real year's reports would).
    struct Bench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time classification per message and training on many synthetic labelled reports.")
        @Option(help: "Labelled reports to train on.") var reports = 1_000_000
        @Option(help: "Messages to classify for the per-message time.") var messages = 20_000

        func run() async throws {
            let categories = try ReferenceFiles.locate().categories()
            let rules = IntakeCatalog(categories: categories, units: []).classifier
            var generator = SyntheticReports(seed: ClassifierSeed.examples(categories: categories))

            let started = ContinuousClock.now
            let startedCPU = Self.cpuSeconds()
            var training = CategoryModelTraining(categories: categories.map(\.code))
            for _ in 0..<reports {
                let (text, category) = generator.next()
                training.add(text, category: category)
            }
            let counted = ContinuousClock.now
            let model = training.model()
            let built = ContinuousClock.now
            let builtCPU = Self.cpuSeconds()
            let bytes = model.encoded()
            print("training on \(reports) synthetic labelled reports:")
            print("  features counted  \(Self.seconds(counted - started)) s")
            print("  model built       \(Self.seconds(built - counted)) s (temperature fitted on held-out fifth)")
            print(
                "  total             \(Self.seconds(built - started)) s wall, " + Self.format(builtCPU - startedCPU)
                    + " s CPU")
            print("  vocabulary        \(model.vocabularySize) features, \(bytes.count / 1024) KiB encoded")

            let texts = (0..<messages).map { _ in generator.next().text }
            let combined = TriageClassifier(rules: rules, model: (1, model))
            var sink = 0
            let rulesStart = Self.cpuSeconds()
            for text in texts { sink &+= rules.classify(text).category.count }
            let rulesEnd = Self.cpuSeconds()
            for text in texts { sink &+= combined.classify(text).category.count }
            let combinedEnd = Self.cpuSeconds()
            let perRule = (rulesEnd - rulesStart) * 1e6 / Double(messages)
            let perCombined = (combinedEnd - rulesEnd) * 1e6 / Double(messages)
            print("classification per message, CPU time (\(messages) messages, checksum \(sink % 10)):")
            print("  rules alone       " + Self.format(perRule) + " µs")
            print(
                "  rules + model     " + Self.format(perCombined) + " µs (the model adds "
                    + Self.format(perCombined - perRule) + " µs)")
            print("load average: \(Self.loadAverage()) (on a shared machine wall times suffer most; CPU times less)")
        }

        static func format(_ value: Double) -> String { String(format: "%.1f", value) }

        static func seconds(_ duration: Duration) -> String {
            format(duration.inSeconds)
        }

        /// CPU time of this thread: on a shared machine, what the work cost rather than how long it waited.
        static func cpuSeconds() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }

        static func loadAverage() -> String {
            var loads = [Double](repeating: 0, count: 3)
            guard getloadavg(&loads, 3) == 3 else { return "unknown" }
            return loads.map(format).joined(separator: " ")
        }
    }
}

/// Labelled report texts made from the seed: a seed message with a word dropped or doubled, a typo,
/// and a street, RT/RW and a name-like token, so no two are alike. Deterministic (a fixed LCG).
struct SyntheticReports {
    let seed: [(text: String, category: String)]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    static let streets = ["Melati", "Kenanga", "Mawar", "Cempaka", "Anggrek", "Kamboja", "Flamboyan", "Dahlia"]
    static let fillers = ["tolong", "segera", "pak", "min", "mohon", "ditindak", "bgt", "parah", "lagi", "terus"]

    init(seed: [(text: String, category: String)]) {
        self.seed = seed
    }

    mutating func random(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func next() -> (text: String, category: String) {
        let example = seed[random(seed.count)]
        var words = example.text.split(separator: " ").map(String.init)
        if words.count > 3 { words.remove(at: random(words.count)) }
        if !words.isEmpty {
            let index = random(words.count)
            if let last = words[index].last, last.isLetter { words[index].append(last) }
        }
        words.insert(Self.fillers[random(Self.fillers.count)], at: random(words.count + 1))
        words += [
            "di", "jl", Self.streets[random(Self.streets.count)], "gang", "\(random(40))", "rt",
            "0\(random(9))", "kode\(random(5000))",
        ]
        return (words.joined(separator: " "), example.category)
    }
}
