import AspirasiCore
import Foundation

/// Why a report has its category, in the officers' words: who chose it, how
/// sure, and the words that weighed most.
public enum CategoryBasis {
    public static func text(_ classification: Classification, categoryName: (String) -> String) -> String {
        let words = classification.words.isEmpty ? "" : "; kata: " + classification.words.joined(separator: ", ")
        let sure = percent(classification.confidence)
        let model = classification.modelVersion.map { " v\($0)" } ?? ""
        switch classification.source {
        case .channel:
            return "dipilih pelapor di kanalnya"
        case .rule:
            return "aturan kata kunci (\(sure))\(words)"
        case .model:
            return "model\(model), yakin \(sure)\(words)"
        case .triage:
            guard let guess = classification.proposal else { return "tidak dikenali: perlu dipilah" }
            return "belum cukup yakin: perlu dipilah; tebakan model\(model): \(categoryName(guess.category)) "
                + "(\(percent(guess.probability)))\(words)"
        }
    }

    public static func percent(_ value: Double) -> String {
        "\(Int((value * 100).rounded()))%"
    }
}
