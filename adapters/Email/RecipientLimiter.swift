import Foundation

/// At most `limit` mails to one address per hour. The loop guards stop
/// answering machines; this stops whatever gets past them (a forwarding loop,
/// a citizen's script) from turning the hub into a mail cannon. Kept per hub
/// process: with N hubs an address can get N times the limit at worst.
actor RecipientLimiter {
    let limit: Int
    let window: TimeInterval
    private var sent: [String: [Date]] = [:]

    init(limit: Int, window: TimeInterval = 3600) {
        self.limit = limit
        self.window = window
    }

    /// Nil when a mail to `address` may go now (and counts it); else when the next one may.
    func admit(_ address: String, now: Date = Date()) -> Date? {
        let recent = (sent[address] ?? []).filter { now.timeIntervalSince($0) < window }
        guard recent.count < limit else {
            sent[address] = recent
            return (recent.first ?? now).addingTimeInterval(window)
        }
        sent[address] = recent + [now]
        if sent.count > 10_000 {
            sent = sent.filter { !$0.value.isEmpty && now.timeIntervalSince($0.value.last ?? now) < window }
        }
        return nil
    }
}
