import AspirasiCore
import AspirasiStore
import Foundation
import Hummingbird
import Logging

/// Turns a request's bearer token into the officer it belongs to.
struct OfficerAuthenticator: Sendable {
    let officers: OfficerStore
    /// Units and their scopes, to tell which units an officer's powers reach.
    let catalog: @Sendable () async throws -> IntakeCatalog

    func officer(for request: Request, logger: Logger) async throws -> Officer {
        guard let token = request.bearerToken,
            let officer = try await officers.officer(forToken: token, logger: logger)
        else { throw WorkflowError.unauthenticated }
        return officer
    }

    /// The officer, who must be allowed `action` (403 otherwise).
    @discardableResult
    func officer(for request: Request, allowedTo action: OfficerAction, logger: Logger) async throws -> Officer {
        let officer = try await officer(for: request, logger: logger)
        guard officer.role.may(action) else {
            throw WorkflowError.forbidden(
                "a \(officer.role.rawValue) may not \(action.rawValue.replacingOccurrences(of: "_", with: " "))")
        }
        return officer
    }
}
