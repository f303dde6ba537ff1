import Foundation

/// A token bucket per client address: each holds up to `burst` requests and refills at
/// `perMinute` a minute. Memory is bounded: at most `capacity` addresses are remembered; when full,
/// buckets that have refilled completely are dropped (forgetting them changes nothing), then the
/// least recently used quarter.
actor RequestBuckets {
    private struct Bucket {
        var tokens: Double
        var updated: Double
    }

    let perMinute: Int
    let burst: Int
    private let capacity: Int
    private let now: @Sendable () -> Double
    private var buckets: [String: Bucket] = [:]

    init(
        perMinute: Int, burst: Int, capacity: Int,
        now: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }
    ) {
        self.perMinute = perMinute
        self.burst = max(1, burst)
        self.capacity = max(1, capacity)
        self.now = now
    }

    var remembered: Int { buckets.count }

    /// Takes a request from `address`'s bucket: nil when allowed, otherwise the seconds until one is.
    func take(_ address: String) -> Int? {
        guard perMinute > 0 else { return nil }
        let time = now()
        let rate = Double(perMinute) / 60
        if buckets[address] == nil { makeRoom(at: time, rate: rate) }
        var bucket = buckets[address] ?? Bucket(tokens: Double(burst), updated: time)
        bucket.tokens = min(Double(burst), bucket.tokens + max(0, time - bucket.updated) * rate)
        bucket.updated = time
        defer { buckets[address] = bucket }
        guard bucket.tokens >= 1 else { return max(1, Int(((1 - bucket.tokens) / rate).rounded(.up))) }
        bucket.tokens -= 1
        return nil
    }

    private func makeRoom(at time: Double, rate: Double) {
        guard buckets.count >= capacity else { return }
        let refill = Double(burst) / rate
        buckets = buckets.filter { time - $0.value.updated < refill }
        guard buckets.count >= capacity else { return }
        let oldest = buckets.sorted { $0.value.updated < $1.value.updated }.prefix(max(1, capacity / 4))
        for (key, _) in oldest { buckets[key] = nil }
    }
}
