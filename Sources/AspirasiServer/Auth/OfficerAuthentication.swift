import AspirasiCore
import AspirasiStore
import Foundation
import Hummingbird
import HummingbirdAuth

/// Finds the officer behind `Authorization: Bearer <session or API token>` and puts them in the context.
/// It refuses nothing itself: `RequireOfficer` after it does, so that one group can mix ways in.
struct OfficerBearerAuthenticator: AuthenticatorMiddleware {
    typealias Context = HubRequestContext
    let officers: OfficerStore

    func authenticate(request: Request, context: HubRequestContext) async throws -> Officer? {
        guard let token = request.bearerToken else { return nil }
        return try await officers.officer(forToken: token, logger: context.logger)
    }
}

/// 401 unless an authenticator found an officer.
struct RequireOfficer: RouterMiddleware {
    typealias Context = HubRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard context.identity != nil else { throw WorkflowError.unauthenticated }
        return try await next(request, context)
    }
}

/// 403 unless the officer's role may do `action` (e.g. `.manageUsers` for the admin routes).
struct RequirePermission: RouterMiddleware {
    typealias Context = HubRequestContext
    let action: OfficerAction

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let officer = try context.officer()
        guard officer.role.may(action) else {
            throw WorkflowError.forbidden(
                "a \(officer.role.rawValue) may not \(action.rawValue.replacingOccurrences(of: "_", with: " "))")
        }
        return try await next(request, context)
    }
}
