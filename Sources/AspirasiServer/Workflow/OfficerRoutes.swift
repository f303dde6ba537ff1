import AspirasiCore
import AspirasiStore
import Foundation
import Hummingbird
import Logging

/// Admins manage the accounts of their own unit and the units inside it: create, list, disable
/// and enable them, see and revoke their tokens, set a new password. An account outside the
/// admin's scope is 403, whatever is asked.
struct OfficerRoutes: Sendable {
    let officers: OfficerStore
    let scopes: UnitScopes
    let hasher: PasswordHasher

    struct NewOfficer: Decodable {
        let username: String
        let displayName: String
        let unit: String
        let role: Role
        let password: String
    }

    struct NewPassword: Decodable {
        let password: String
    }

    struct OfficerList: ResponseEncodable {
        let officers: [OfficerAccount]
    }

    struct TokenList: ResponseEncodable {
        let tokens: [OfficerTokenView]
    }

    struct Revoked: ResponseEncodable {
        let revoked: Int
    }

    /// `GET /api/v1/officers`: the accounts in the admin's scope.
    @Sendable func list(_ request: Request, context: HubRequestContext) async throws -> OfficerList {
        let units = try await scopes.units(of: try context.officer())
        return OfficerList(officers: try await officers.accounts(in: units, logger: context.logger))
    }

    /// `POST /api/v1/officers`: a new account in the admin's scope.
    @Sendable func create(_ request: Request, context: HubRequestContext) async throws
        -> EditedResponse<AuthRoutes.Session.Who>
    {
        let admin = try context.officer()
        let new = try await request.decode(as: NewOfficer.self, context: context)
        try await scopes.require(admin, covers: new.unit)
        let officer = try await officers.create(
            username: new.username, displayName: new.displayName, unitCode: new.unit, role: new.role,
            passwordHash: try await hasher.hash(new.password), logger: context.logger)
        context.logger.notice(
            "account created", metadata: ["admin": "\(admin.username)", "account": "\(officer.username)"])
        return EditedResponse(status: .created, response: AuthRoutes.Session.Who(officer))
    }

    /// `POST /api/v1/officers/{username}/disable`: out at once, every token revoked.
    @Sendable func disable(_ request: Request, context: HubRequestContext) async throws -> OfficerAccount {
        let (admin, account) = try await target(context)
        guard account.username != admin.username else {
            throw WorkflowError.forbidden("an admin may not disable their own account")
        }
        _ = try await officers.disable(account.username, by: admin, logger: context.logger)
        context.logger.notice(
            "account disabled", metadata: ["admin": "\(admin.username)", "account": "\(account.username)"])
        return try await current(account.username, context)
    }

    /// `POST /api/v1/officers/{username}/enable`.
    @Sendable func enable(_ request: Request, context: HubRequestContext) async throws -> OfficerAccount {
        let (admin, account) = try await target(context)
        _ = try await officers.enable(account.username, logger: context.logger)
        context.logger.notice(
            "account enabled", metadata: ["admin": "\(admin.username)", "account": "\(account.username)"])
        return try await current(account.username, context)
    }

    /// `GET /api/v1/officers/{username}/tokens`: working sessions and API tokens, never the tokens themselves.
    @Sendable func tokens(_ request: Request, context: HubRequestContext) async throws -> TokenList {
        let (_, account) = try await target(context)
        return TokenList(tokens: try await officers.tokens(of: account.username, logger: context.logger) ?? [])
    }

    /// `DELETE /api/v1/officers/{username}/tokens`: every one of them.
    @Sendable func revokeAll(_ request: Request, context: HubRequestContext) async throws -> Revoked {
        let (admin, account) = try await target(context)
        let revoked = try await officers.revokeTokens(of: account.username, logger: context.logger) ?? 0
        context.logger.notice(
            "tokens revoked",
            metadata: ["admin": "\(admin.username)", "account": "\(account.username)", "count": "\(revoked)"])
        return Revoked(revoked: revoked)
    }

    /// `DELETE /api/v1/officers/{username}/tokens/{id}`.
    @Sendable func revokeOne(_ request: Request, context: HubRequestContext) async throws -> Response {
        let (admin, account) = try await target(context)
        let id = try context.parameters.require("id", as: Int.self)
        let revoked = try await officers.revokeTokens(of: account.username, id: id, logger: context.logger)
        guard revoked == 1 else { throw WorkflowError.notFound("\(account.username) has no working token \(id)") }
        context.logger.notice(
            "token revoked", metadata: ["admin": "\(admin.username)", "account": "\(account.username)"])
        return Response(status: .noContent)
    }

    /// `PUT /api/v1/officers/{username}/password`: sessions end, API tokens stay.
    @Sendable func resetPassword(_ request: Request, context: HubRequestContext) async throws -> Response {
        let (admin, account) = try await target(context)
        let body = try await request.decode(as: NewPassword.self, context: context)
        let hash = try await hasher.hash(body.password)
        _ = try await officers.setPasswordHash(hash, of: account.username, logger: context.logger)
        context.logger.notice(
            "password reset", metadata: ["admin": "\(admin.username)", "account": "\(account.username)"])
        return Response(status: .noContent)
    }

    /// The admin asking, and the account named in the path, which must be inside the admin's scope.
    func target(_ context: HubRequestContext) async throws -> (admin: Officer, account: OfficerAccount) {
        let admin = try context.officer()
        let username = try context.parameters.require("username")
        guard let account = try await officers.account(named: username, logger: context.logger) else {
            throw WorkflowError.notFound("no account \(username)")
        }
        try await scopes.require(admin, covers: account.unit)
        return (admin, account)
    }

    func current(_ username: String, _ context: HubRequestContext) async throws -> OfficerAccount {
        guard let account = try await officers.account(named: username, logger: context.logger) else {
            throw WorkflowError.notFound("no account \(username)")
        }
        return account
    }
}
