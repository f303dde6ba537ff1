import AspirasiStore
import Logging

/// Checks API keys, remembering good ones for a minute so that a busy partner
/// does not cost a database round trip per request. A revoked key stops
/// working within that minute.
actor APIKeyVerifier {
    static let cacheLifetime = Duration.seconds(60)

    private let keys: APIKeyStore
    private var known: [String: (name: String, until: ContinuousClock.Instant)] = [:]

    init(keys: APIKeyStore) {
        self.keys = keys
    }

    /// The key's name, or nil when the key is unknown or revoked.
    func verify(_ key: String) async throws -> String? {
        let now = ContinuousClock.now
        if let hit = known[key], hit.until > now { return hit.name }
        guard let name = try await keys.verify(key) else {
            known[key] = nil
            return nil
        }
        if known.count > 10_000 { known.removeAll() }
        known[key] = (name, now + Self.cacheLifetime)
        return name
    }
}
