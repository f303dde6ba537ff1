import Hummingbird
import PostgresNIO

/// `GET /health`: 200 while the database answers, 503 when it does not, so a
/// load balancer takes a replica out of rotation when its database is gone.
struct HealthRoutes: Sendable {
    static let databaseTimeout = Duration.seconds(2)
    let client: PostgresClient

    struct Status: ResponseEncodable {
        let status: String
        let database: String
    }

    /// `GET /health`.
    @Sendable func check(_ request: Request, context: HubRequestContext) async -> EditedResponse<Status> {
        let reachable = await databaseAnswers()
        return EditedResponse(
            status: reachable ? .ok : .serviceUnavailable,
            response: Status(status: reachable ? "ok" : "unavailable", database: reachable ? "up" : "down"))
    }

    /// Runs `SELECT 1`, giving up after `databaseTimeout`: a pool that cannot
    /// connect would otherwise keep the probe waiting.
    func databaseAnswers() async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                do {
                    let rows = try await client.query("SELECT 1")
                    for try await _ in rows {}
                    return true
                } catch {
                    return false
                }
            }
            group.addTask {
                try? await Task.sleep(for: Self.databaseTimeout)
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }
}
