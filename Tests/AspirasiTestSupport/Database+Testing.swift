import AspirasiStore
import Logging
import PostgresNIO

/// Runs `body` with a client on a fresh database of its own.
public func withFreshDatabase<T: Sendable>(_ body: @Sendable (PostgresClient) async throws -> T) async throws -> T {
    let configuration = try await TestCluster.shared.freshDatabase()
    return try await PostgresClient.withRunning(configuration, logger: .quiet, body)
}

extension PostgresClient {
    /// The single integer a counting query returns.
    public func count(_ query: PostgresQuery) async throws -> Int {
        for try await value in try await self.query(query).decode(Int.self) { return value }
        return 0
    }
}

/// Polls `condition` until it holds or `deadline` passes; tests never sleep a fixed time.
public func eventually(
    within deadline: Duration = .seconds(30), every interval: Duration = .milliseconds(50),
    _ condition: @Sendable () async throws -> Bool
) async throws -> Bool {
    let end = ContinuousClock.now + deadline
    while ContinuousClock.now < end {
        if try await condition() { return true }
        try await Task.sleep(for: interval)
    }
    return try await condition()
}
