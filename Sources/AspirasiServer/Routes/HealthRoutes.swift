import AspirasiStore
import Hummingbird
import PostgresNIO

/// Probes for load balancers and orchestrators.
///
/// - `GET /livez`: the process answers. Nothing else is asked, so a database blip never gets every
///   replica restarted at once.
/// - `GET /readyz`: the database answers, every migration this build knows is applied, and every
///   background worker runs; 503 otherwise, which takes the replica out of rotation until it is.
/// - `GET /health`: the database answers (kept for existing load balancer settings).
struct HealthRoutes: Sendable {
    static let databaseTimeout = Duration.seconds(2)
    let client: PostgresClient
    let workers: WorkerStatus
    let migrations = MigrationsApplied()

    struct Status: ResponseEncodable {
        let status: String
        let database: String
    }

    struct Readiness: ResponseEncodable {
        let status: String
        let database: String
        /// `applied`, `pending` or `unknown` (the database did not answer).
        let migrations: String
        /// Workers that are not running; empty when all run.
        let stoppedWorkers: [String]
    }

    struct Liveness: ResponseEncodable {
        let status: String
    }

    /// `GET /health`.
    @Sendable func check(_ request: Request, context: HubRequestContext) async -> EditedResponse<Status> {
        let reachable = await databaseAnswers()
        return EditedResponse(
            status: reachable ? .ok : .serviceUnavailable,
            response: Status(status: reachable ? "ok" : "unavailable", database: reachable ? "up" : "down"))
    }

    /// `GET /livez`.
    @Sendable func live(_ request: Request, context: HubRequestContext) -> Liveness {
        Liveness(status: "ok")
    }

    /// `GET /readyz`.
    @Sendable func ready(_ request: Request, context: HubRequestContext) async -> EditedResponse<Readiness> {
        let reachable = await databaseAnswers()
        let client = self.client
        let migrations = self.migrations
        let migrated: Bool? = reachable ? await withinTimeout(nil) { await migrations.applied(client) } : nil
        let stopped = workers.stopped
        let ready = reachable && migrated == true && stopped.isEmpty
        return EditedResponse(
            status: ready ? .ok : .serviceUnavailable,
            response: Readiness(
                status: ready ? "ready" : "unready", database: reachable ? "up" : "down",
                migrations: migrated.map { $0 ? "applied" : "pending" } ?? "unknown", stoppedWorkers: stopped))
    }

    /// Runs `SELECT 1`, giving up after `databaseTimeout`: a pool that cannot
    /// connect would otherwise keep the probe waiting.
    func databaseAnswers() async -> Bool {
        await withinTimeout(false) {
            do {
                let rows = try await client.query("SELECT 1")
                for try await _ in rows {}
                return true
            } catch {
                return false
            }
        }
    }

    /// `body`'s answer, or `fallback` once `databaseTimeout` has passed.
    func withinTimeout<T: Sendable>(_ fallback: T, _ body: @escaping @Sendable () async -> T) async -> T {
        await withTaskGroup(of: T.self) { group in
            group.addTask { await body() }
            group.addTask {
                try? await Task.sleep(for: Self.databaseTimeout)
                return fallback
            }
            let first = await group.next() ?? fallback
            group.cancelAll()
            return first
        }
    }
}

/// Whether the schema is current. Once seen applied it stays so for this process (migrations only
/// ever add), which spares later probes the query; a pending answer is asked again next time.
actor MigrationsApplied {
    private var seenApplied = false

    func applied(_ client: PostgresClient) async -> Bool? {
        if seenApplied { return true }
        guard let pending = try? await Migrator().pending(client) else { return nil }
        seenApplied = pending.isEmpty
        return seenApplied
    }
}
