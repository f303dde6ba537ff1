import AspirasiStore
import Hummingbird
import Logging

/// Turns a request's bearer token into the officer it belongs to.
struct OfficerAuthenticator: Sendable {
    let officers: OfficerStore

    func officer(for request: Request, logger: Logger) async throws -> Officer {
        guard let token = request.bearerToken,
            let officer = try await officers.officer(forToken: token, logger: logger)
        else { throw WorkflowError.unauthenticated }
        return officer
    }
}
