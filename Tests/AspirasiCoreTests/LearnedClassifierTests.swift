import AspirasiCore
import Testing

/// The learned classifier: its encoding, the way it sits beside the rules, and learning from corrections.
@Suite struct LearnedClassifierTests {
    static let categories: [IntakeCatalog.Category] = [
        ("jalan_rusak", "Jalan rusak", ["jalan rusak", "jalan berlubang", "lubang", "aspal"]),
        ("saluran_air", "Saluran air tersumbat", ["saluran", "got", "selokan", "mampet"]),
        ("sampah", "Sampah", ["sampah", "tumpukan sampah", "tps"]),
        ("pmks", "Penyandang masalah kesejahteraan sosial", ["gelandangan", "pengemis", "odgj", "pengamen"]),
        ("kebakaran", "Kebakaran dan penyelamatan", ["kebakaran", "api", "hidran"]),
        ("lainnya", "Lainnya", []),
    ].map { IntakeCatalog.Category(code: $0.0, name: $0.1, agencyFamily: nil, keywords: $0.2, directToAgency: false) }

    static var rules: Classifier {
        Classifier(rules: categories.map { Classifier.Rule(category: $0.code, keywords: $0.keywords) })
    }

    static func trained(corrections: [String] = [], as category: String = "pmks") -> CategoryModel {
        var training = CategoryModelTraining(categories: categories.map(\.code))
        for example in ClassifierSeed.examples(categories: categories) {
            training.add(example.text, category: example.category)
        }
        for text in corrections { training.add(text, category: category, weight: 3) }
        return training.model()
    }

    @Test func theModelSurvivesItsEncoding() throws {
        let model = Self.trained()
        let decoded = try CategoryModel(decoding: model.encoded())
        #expect(decoded.categories == model.categories)
        #expect(decoded.temperature == model.temperature)
        for text in ["got depan rumah mampet bau", "sampah numpuk ga diangkut", "ada kebakaran di gang"] {
            #expect(decoded.predict(text) == model.predict(text), "\(text)")
        }
        #expect(throws: CategoryModel.DecodingError.self) {
            try CategoryModel(decoding: Array(model.encoded().dropLast()))
        }
        #expect(throws: CategoryModel.DecodingError.self) { try CategoryModel(decoding: Array("nonsense".utf8)) }
    }

    /// Words the rules do not know, in slang and with typos, reach their category through the model,
    /// which says which words weighed; rules still explain with their keywords.
    @Test func theModelCatchesWhatTheRulesMiss() {
        let classifier = TriageClassifier(rules: Self.rules, model: (4, Self.trained()))
        let text = "comberan depan rmh mampet, airnya item dan bau"
        #expect(Self.rules.classify("comberan depan rmh udh ga ngalir, airnya item dan bau").category == "lainnya")
        let result = classifier.classify("comberan di gang udh ga ngalir, airnya item dan bau busuk")
        #expect(result.category == "saluran_air", "\(result)")
        #expect(result.source == .model)
        #expect(result.modelVersion == 4)
        #expect(!result.words.isEmpty)
        let ruled = classifier.classify(text)
        #expect(ruled.category == "saluran_air")
        #expect(ruled.source == .rule)
        #expect(ruled.words == ["mampet"])
        // Nothing to go on: triage, never a guess acted on.
        let vague = classifier.classify("mohon bantuannya pak")
        #expect(vague.category == Classifier.fallbackCategory)
        #expect(vague.source == .triage)
    }

    /// A category the classifier used to miss (kuda lumping troupes busking round the kampung are a
    /// social-welfare matter no keyword names, and no seed message mentions them) is learned from a
    /// handful of koordinator corrections, on messages worded differently from the corrections.
    @Test func correctionsTeachACategoryItUsedToMiss() {
        let probes = [
            "kuda lumping keliling kampung tiap sore",
            "rombongan kuda lumping di pinggir jalan",
            "kuda lumping nongkrong di depan stasiun",
        ]
        let before = TriageClassifier(rules: Self.rules, model: (1, Self.trained()))
        for probe in probes { #expect(before.classify(probe).category != "pmks", "\(probe)") }
        let corrections = [
            "kuda lumping ngamen di depan rumah minta uang",
            "kuda lumping keliling tiap sore minta saweran",
            "pengamen kuda lumping bawa speaker keliling gang",
            "kuda lumping minta duit ke pengendara di lampu merah",
        ]
        let after = TriageClassifier(rules: Self.rules, model: (2, Self.trained(corrections: corrections)))
        for probe in probes {
            let result = after.classify(probe)
            #expect(result.category == "pmks", "\(probe): \(result)")
            #expect(result.words.contains { $0 == "kuda" || $0 == "lumping" }, "\(result.words)")
        }
    }

    @Test func classificationRoundTripsAsJSON() throws {
        let classification = Classification(
            category: "sampah", confidence: 0.83, source: .model, modelVersion: 7, words: ["sampah", "numpuk"],
            guesses: [.init(category: "sampah", probability: 0.83), .init(category: "lainnya", probability: 0.1)])
        #expect(classification.json.contains("\"model_version\":7"))
        #expect(Classification(json: classification.json) == classification)
        #expect(Classification(json: "{}") == nil)
        #expect(classification.proposal?.category == "sampah")
    }

    /// Typos and stretched words meet the word they mean.
    @Test func stretchedWordsAreSqueezed() {
        #expect(TextFeatures("rusakk").hashes == TextFeatures("rusak").hashes)
        #expect(TextFeatures("bolong2").hashes == TextFeatures("bolong").hashes)
        #expect(TextFeatures("di yang 123").hashes.isEmpty)
    }
}
