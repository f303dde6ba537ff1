import Dispatch

/// Runs blocking work (initdb, pg_ctl) on a dispatch thread, so that it never
/// holds one of the few threads of Swift's cooperative pool.
func offload<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
            continuation.resume(with: Result { try work() })
        }
    }
}
