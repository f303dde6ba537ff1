/// Splits a batch of messages into rounds that the intake can handle set-wise.
///
/// Within one round every message is recorded by one statement and every new
/// report inserted by another, so no message in a round may depend on another
/// message of the same round. A message depends on an earlier one when it
/// repeats it (same channel and external id), replies to it, or may be its
/// duplicate or share its original (same category, within twice the
/// category's duplicate radius). Such a message goes to a later round than
/// the one it depends on, so it sees that one's rows exactly as if the batch
/// had been handled one message at a time; independent messages share rounds.
public enum IntakeRounds {
    /// One item to place: the message and the category the intake chose for it.
    public struct Item {
        public let message: InboundMessage
        public let category: String

        public init(message: InboundMessage, category: String) {
            self.message = message
            self.category = category
        }
    }

    /// Indices into `items`, grouped by round, in order; each round keeps the batch's order.
    public static func split(_ items: [Item], radius: (String) -> Double) -> [[Int]] {
        var roundOf: [Int] = []
        roundOf.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            var round = 0
            for earlier in 0..<index where roundOf[earlier] >= round {
                if dependsOn(item, items[earlier], radius: radius) { round = roundOf[earlier] + 1 }
            }
            roundOf.append(round)
        }
        var rounds = [[Int]](repeating: [], count: (roundOf.max() ?? -1) + 1)
        for (index, round) in roundOf.enumerated() { rounds[round].append(index) }
        return rounds
    }

    static func dependsOn(_ item: Item, _ earlier: Item, radius: (String) -> Double) -> Bool {
        let m = item.message
        let e = earlier.message
        if m.channel == e.channel
            && (m.externalID == e.externalID || m.inReplyTo == e.externalID || m.references.contains(e.externalID))
        {
            return true
        }
        guard item.category == earlier.category, let here = m.location, let there = e.location,
            !here.isNullIsland, !there.isNullIsland
        else { return false }
        return here.distance(to: there) <= 2 * radius(item.category)
    }
}
