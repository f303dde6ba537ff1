import Synchronization

/// Holds the workers back until the database is ready (migrations applied, reference data loaded).
///
/// Why: the workers are services of the same group as the server and start with it, while the
/// migrations run before the server accepts connections. A worker's first round on a database still
/// being migrated fails, and where it uses a named prepared statement PostgresNIO keeps that failure
/// for the connection's life: every later round on that connection failed the same way (the outbox
/// sent nothing on those connections after a first start or an upgrade).
public final class StartGate: Sendable {
    private struct State {
        var open = false
        var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
        var next = 0
    }

    private let state = Mutex(State())

    public init() {}

    /// Lets every waiter, and every later one, through.
    public func open() {
        let waiters = state.withLock { state in
            state.open = true
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume() }
    }

    public var isOpen: Bool { state.withLock { $0.open } }

    /// Returns once the gate is open, or at once when the task is cancelled.
    public func wait() async {
        let id = state.withLock { state in
            defer { state.next += 1 }
            return state.next
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (waiter: CheckedContinuation<Void, Never>) in
                let through = state.withLock { state in
                    if state.open || Task.isCancelled { return true }
                    state.waiters[id] = waiter
                    return false
                }
                if through { waiter.resume() }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: id) }?.resume()
        }
    }
}
