/// Where each region stands among its peers for a month (kelurahan among the province's kelurahan,
/// kecamatan among kecamatan, kota among kota), by the evaluation's order: completion rate, then more
/// received, then the lower code; regions that received nothing have no rank.
public struct EvaluationRank: Sendable, Equatable {
    public let rank: Int
    public let of: Int
    public let completionRate: Double
    public let unresolved: Int

    public init(rank: Int, of: Int, completionRate: Double, unresolved: Int) {
        self.rank = rank
        self.of = of
        self.completionRate = completionRate
        self.unresolved = unresolved
    }

    /// Every ranked region of `facts` by code.
    public static func all(_ facts: EvaluationFacts) -> [String: EvaluationRank] {
        var ranks: [String: EvaluationRank] = [:]
        for level in ["kelurahan", "kecamatan", "kota"] {
            let ranked = facts.units.filter { $0.level == level && $0.received > 0 }.sorted { a, b in
                if a.completionRate != b.completionRate { return a.completionRate > b.completionRate }
                return a.received != b.received ? a.received > b.received : a.code < b.code
            }
            for (index, unit) in ranked.enumerated() {
                ranks[unit.code] = EvaluationRank(
                    rank: index + 1, of: ranked.count, completionRate: unit.completionRate, unresolved: unit.unresolved)
            }
        }
        return ranks
    }
}
