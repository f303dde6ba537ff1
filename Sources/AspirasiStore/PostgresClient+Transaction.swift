import Foundation
import Logging
import PostgresNIO

extension PostgresClient {
    /// How often a running transaction looks whether its connection has closed under it.
    static let closedConnectionCheck = Duration.milliseconds(500)

    /// `withTransaction`, but one whose connection closes under it fails within a moment
    /// instead of waiting for ever.
    ///
    /// PostgresNIO writes every query to the connection's channel without a promise for the
    /// write: a query written after the channel closed (the server restarted, was stopped with
    /// `-m immediate`, the network dropped) is never answered, and neither is the `ROLLBACK`
    /// that `withTransaction` sends after a statement failed that way. The soak test found
    /// every intake batch of three hubs waiting for ever after one database restart, and with
    /// them every webhook after. So the transaction runs in a task of its own while this one
    /// looks at the connection: closed before the transaction ended, the transaction fails with
    /// `StoreError.unavailable` (the server rolled it back when the connection ended) and the
    /// stuck task is left behind, cancelled; it holds no lease and no lock.
    public func transaction<Result: Sendable>(
        logger: Logger, _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await withConnection { connection in
            try await Self.untilClosed(connection) {
                try await connection.withTransaction(logger: logger) { try await body($0) }
            }
        }
    }

    /// `work`'s outcome, or an error as soon as `connection` is seen closed while it runs.
    static func untilClosed<Result: Sendable>(
        _ connection: PostgresConnection, _ work: @escaping @Sendable () async throws -> Result
    ) async throws -> Result {
        let outcome = TransactionOutcome<Result>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                outcome.wait(continuation)
                outcome.started(
                    Task {
                        do {
                            outcome.finish(.success(try await work()))
                        } catch {
                            outcome.finish(.failure(error))
                        }
                    })
                Task {
                    while !outcome.isFinished {
                        try? await Task.sleep(for: closedConnectionCheck)
                        if connection.isClosed {
                            outcome.finish(
                                .failure(
                                    StoreError(.unavailable, "the database connection closed during a transaction")))
                        }
                    }
                }
            }
        } onCancel: {
            outcome.cancel()
        }
    }
}

/// The first of a transaction's outcomes (its own, or its connection's closing) to arrive.
final class TransactionOutcome<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Result, any Error>?
    private var work: Task<Void, Never>?
    private var finished = false

    var isFinished: Bool { lock.withLock { finished } }

    func wait(_ continuation: CheckedContinuation<Result, any Error>) {
        lock.withLock { self.continuation = continuation }
    }

    func started(_ task: Task<Void, Never>) {
        lock.withLock { work = task }
    }

    func finish(_ result: Swift.Result<Result, any Error>) {
        let waiting: (CheckedContinuation<Result, any Error>, Task<Void, Never>?)? = lock.withLock {
            guard !finished, let continuation else { return nil }
            finished = true
            self.continuation = nil
            return (continuation, work)
        }
        guard let (continuation, work) = waiting else { return }
        work?.cancel()
        continuation.resume(with: result)
    }

    func cancel() {
        lock.withLock { work }?.cancel()
    }
}
