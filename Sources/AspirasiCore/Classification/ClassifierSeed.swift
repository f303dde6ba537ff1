/// What the learned classifier knows on day one, before any koordinator has
/// corrected anything: the categories' names and keywords, and the messages
/// below.
///
/// Provenance: written by hand for issue 18 (November 2026) by the developer
/// who built the classifier, in the way Jakarta residents write to the city on
/// social media, SMS and the citizen app: informal Indonesian, slang ("bgt",
/// "ga", "udh"), reduplication ("bolong2"), typos, a synonym where the keyword
/// lists have the textbook word. No real complaint was copied; any likeness to
/// one is the likeness of common problems. A fifth batch is a second
/// author's (`ClassifierSeed+SecondAuthor.swift`). The evaluation set
/// (`eval/classifier-heldout.tsv`) was written separately and is never
/// trained on.
public enum ClassifierSeed {
    /// Every seed example: each category's name and each of its keywords as a short message, then the
    /// written messages whose category is in the catalog.
    public static func examples(categories: [IntakeCatalog.Category]) -> [(text: String, category: String)] {
        catalogExamples(categories: categories) + writtenMessages(categories: categories)
    }

    /// Each category's name and each of its keywords as a short message.
    public static func catalogExamples(categories: [IntakeCatalog.Category]) -> [(text: String, category: String)] {
        var examples: [(text: String, category: String)] = []
        for category in categories where category.code != Classifier.fallbackCategory {
            examples.append((category.name, category.code))
            examples += category.keywords.map { ($0, category.code) }
        }
        return examples
    }

    /// The written messages whose category is in the catalog.
    public static func writtenMessages(categories: [IntakeCatalog.Category]) -> [(text: String, category: String)] {
        let known = Set(categories.map(\.code))
        return messages.filter { known.contains($0.category) }
    }

    /// The written messages, parsed from `table`.
    public static let messages: [(text: String, category: String)] = table.split(separator: "\n").compactMap { line in
        let parts = line.split(separator: "\t", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        return (String(parts[1]), String(parts[0]))
    }

    /// category<TAB>message, one a line (two halves by category, each in its own file, two later
    /// batches of contrasts between categories that share words, and a second author's batch).
    static let table =
        tableFirstHalf + "\n" + tableSecondHalf + "\n" + tableContrasts + "\n" + tableConfusions + "\n"
        + tableSecondAuthor
}
