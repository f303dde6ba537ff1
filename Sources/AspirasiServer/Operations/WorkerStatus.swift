import Logging
import ServiceLifecycle
import Synchronization

/// Which background workers are running in this process, for `/readyz`. A worker counts as
/// running from the moment its `run()` starts until it returns or throws: the workers catch their
/// own round failures (a database blip) and carry on, so only a worker that really stopped makes
/// the hub unready.
public final class WorkerStatus: Sendable {
    private let state = Mutex<[String: Bool]>([:])

    public init() {}

    /// Registers `name` as expected (not yet running).
    func expect(_ name: String) {
        state.withLock { $0[name] = $0[name] ?? false }
    }

    func set(_ name: String, running: Bool) {
        state.withLock { $0[name] = running }
    }

    /// Expected workers that are not running, sorted; empty when all run.
    public var stopped: [String] {
        state.withLock { workers in workers.filter { !$0.value }.map(\.key).sorted() }
    }

    /// `service` reporting to this status under `name`, started once `gate` opens (the database ready).
    func monitored(_ service: any Service, name: String, after gate: StartGate) -> any Service {
        expect(name)
        return MonitoredService(service: service, name: name, status: self, gate: gate)
    }
}

/// A service whose running state `WorkerStatus` follows.
struct MonitoredService: Service, CustomStringConvertible {
    let service: any Service
    let name: String
    let status: WorkerStatus
    let gate: StartGate

    var description: String { name }

    func run() async throws {
        // Not running (for /readyz) until the database is ready; a shutdown meanwhile ends the wait.
        await cancelWhenGracefulShutdown { await gate.wait() }
        guard gate.isOpen, !Task.isCancelled, !Task.isShuttingDownGracefully else { return }
        status.set(name, running: true)
        defer { status.set(name, running: false) }
        try await service.run()
    }
}
