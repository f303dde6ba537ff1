import Foundation

/// How a classifier does on labelled messages it never learned from.
///
/// A message whose true category is `lainnya` is right when it goes to
/// triage. A message sent to triage is never a misroute: a koordinator
/// places it. A misroute is a wrong category chosen with confidence, the
/// costly error (an agency gets work that is not theirs).
public struct ClassifierEvaluation: Sendable {
    public struct CategoryFigures: Sendable {
        public let category: String
        public let precision: Double
        public let recall: Double
        public let messages: Int
    }

    public let messages: Int
    public let correct: Int
    public let triaged: Int
    public let misrouted: Int
    public let perCategory: [CategoryFigures]
    /// Up to 20 misrouted messages with the category chosen, for whoever tunes the seed.
    public let misroutes: [(text: String, expected: String, chosen: String)]

    public var accuracy: Double { ratio(correct) }
    public var triageShare: Double { ratio(triaged) }
    public var misrouteShare: Double { ratio(misrouted) }
    /// Correct, or left for a koordinator: the target is at least 90%.
    public var correctOrTriaged: Double { ratio(correct + triaged) }

    func ratio(_ count: Int) -> Double { messages == 0 ? 0 : Double(count) / Double(messages) }

    public init(_ examples: [(text: String, category: String)], classify: (String) -> String) {
        var correct = 0
        var triaged = 0
        var misroutes: [(text: String, expected: String, chosen: String)] = []
        var chosenCount: [String: Int] = [:]
        var rightCount: [String: Int] = [:]
        var expectedCount: [String: Int] = [:]
        let fallback = Classifier.fallbackCategory
        for (text, expected) in examples {
            let chosen = classify(text)
            expectedCount[expected, default: 0] += 1
            chosenCount[chosen, default: 0] += 1
            if chosen == expected {
                correct += 1
                rightCount[expected, default: 0] += 1
            } else if chosen == fallback {
                triaged += 1
            } else {
                misroutes.append((text, expected, chosen))
            }
        }
        self.messages = examples.count
        self.correct = correct
        self.triaged = triaged
        self.misrouted = misroutes.count
        self.misroutes = Array(misroutes.prefix(20))
        self.perCategory = expectedCount.keys.sorted().map { category in
            let right = Double(rightCount[category] ?? 0)
            let chosen = Double(chosenCount[category] ?? 0)
            return CategoryFigures(
                category: category, precision: chosen == 0 ? 0 : right / chosen,
                recall: right / Double(expectedCount[category] ?? 1), messages: expectedCount[category] ?? 0)
        }
    }

    /// The figures as a table for a terminal.
    public func formatted(title: String) -> String {
        func percent(_ value: Double) -> String { String(format: "%5.1f%%", value * 100) }
        var lines = [
            "== \(title): \(messages) messages",
            "accuracy            \(percent(accuracy))",
            "correct or triaged  \(percent(correctOrTriaged))   (target >= 90%)",
            "sent to triage      \(percent(triageShare))   (target <= 10%)",
            "misrouted           \(percent(misrouteShare))   (target <= 3%)",
            "category         precision  recall  messages",
        ]
        for figures in perCategory {
            let name = figures.category.padding(toLength: 16, withPad: " ", startingAt: 0)
            lines.append("\(name) \(percent(figures.precision))   \(percent(figures.recall))  \(figures.messages)")
        }
        if !misroutes.isEmpty {
            lines.append("misroutes (expected -> chosen):")
            lines += misroutes.map { "  \($0.expected) -> \($0.chosen): \($0.text)" }
        }
        return lines.joined(separator: "\n")
    }
}
