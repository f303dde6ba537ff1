import Foundation

/// Answers kept in memory for `ttl` seconds, so that a flood of readers costs one computation per key
/// and period: concurrent readers of a missing key wait for the one computation under way instead of
/// each starting their own. A failed computation is not kept. At most `capacity` keys are held; when
/// full, expired ones go first, then the ones that expire soonest.
actor TTLCache<Value: Sendable> {
    private struct Entry {
        let expires: Double
        let task: Task<Value, any Error>
    }

    private let ttl: Double
    private let capacity: Int
    private let now: @Sendable () -> Double
    private var entries: [String: Entry] = [:]
    /// How many computations ran (tests and metrics: a hit runs none).
    private(set) var computations = 0

    init(
        ttl: Double, capacity: Int, now: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }
    ) {
        self.ttl = ttl
        self.capacity = max(1, capacity)
        self.now = now
    }

    func value(_ key: String, compute: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let time = now()
        if let entry = entries[key], entry.expires > time {
            return try await entry.task.value
        }
        makeRoom(at: time)
        computations += 1
        let task = Task { try await compute() }
        entries[key] = Entry(expires: time + ttl, task: task)
        do {
            return try await task.value
        } catch {
            // Only this computation's entry goes: a newer one may have replaced it meanwhile.
            if let entry = entries[key], entry.task == task { entries[key] = nil }
            throw error
        }
    }

    private func makeRoom(at time: Double) {
        guard entries.count >= capacity else { return }
        entries = entries.filter { $0.value.expires > time }
        guard entries.count >= capacity else { return }
        let soonest = entries.sorted { $0.value.expires < $1.value.expires }.prefix(max(1, capacity / 4))
        for (key, _) in soonest { entries[key] = nil }
    }
}
