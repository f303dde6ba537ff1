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
    let authenticator: OfficerAuthenticator
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

    func register(on router: Router<some RequestContext>) {
        router.get("/api/v1/officers") { request, context in
            let admin = try await authenticator.officer(for: request, allowedTo: .manageUsers, logger: context.logger)
            let units = try await authenticator.scope(of: admin).units.map { Array($0).sorted() }
            return try JSONBody.response(["officers": try await officers.accounts(in: units, logger: context.logger)])
        }
        router.post("/api/v1/officers") { request, context in
            let admin = try await authenticator.officer(for: request, allowedTo: .manageUsers, logger: context.logger)
            let new = try await JSONBody.decode(NewOfficer.self, from: request, limit: 4 * 1024)
            try await authenticator.require(admin, covers: new.unit)
            let officer = try await officers.create(
                username: new.username, displayName: new.displayName, unitCode: new.unit, role: new.role,
                passwordHash: try await hasher.hash(new.password), logger: context.logger)
            context.logger.notice(
                "account created", metadata: ["admin": "\(admin.username)", "account": "\(officer.username)"])
            return try JSONBody.response(AuthRoutes.Session.Who(officer), status: .created)
        }
        router.post("/api/v1/officers/:username/disable") { request, context in
            let (admin, account) = try await target(request, context)
            guard account.username != admin.username else {
                throw WorkflowError.forbidden("an admin may not disable their own account")
            }
            _ = try await officers.disable(account.username, by: admin, logger: context.logger)
            context.logger.notice(
                "account disabled", metadata: ["admin": "\(admin.username)", "account": "\(account.username)"])
            return try JSONBody.response(try await current(account.username, context))
        }
        router.post("/api/v1/officers/:username/enable") { request, context in
            let (admin, account) = try await target(request, context)
            _ = try await officers.enable(account.username, logger: context.logger)
            context.logger.notice(
                "account enabled", metadata: ["admin": "\(admin.username)", "account": "\(account.username)"])
            return try JSONBody.response(try await current(account.username, context))
        }
        router.get("/api/v1/officers/:username/tokens") { request, context in
            let (_, account) = try await target(request, context)
            let tokens = try await officers.tokens(of: account.username, logger: context.logger) ?? []
            return try JSONBody.response(["tokens": tokens])
        }
        router.delete("/api/v1/officers/:username/tokens") { request, context in
            let (admin, account) = try await target(request, context)
            let revoked = try await officers.revokeTokens(of: account.username, logger: context.logger) ?? 0
            context.logger.notice(
                "tokens revoked",
                metadata: ["admin": "\(admin.username)", "account": "\(account.username)", "count": "\(revoked)"])
            return try JSONBody.response(["revoked": revoked])
        }
        router.delete("/api/v1/officers/:username/tokens/:id") { request, context in
            let (admin, account) = try await target(request, context)
            guard let id = Int(try context.parameters.require("id")) else {
                throw APIError.invalidParameter("id", "a token id is a number")
            }
            let revoked = try await officers.revokeTokens(of: account.username, id: id, logger: context.logger)
            guard revoked == 1 else {
                throw WorkflowError.notFound("\(account.username) has no working token \(id)")
            }
            context.logger.notice(
                "token revoked", metadata: ["admin": "\(admin.username)", "account": "\(account.username)"])
            return Response(status: .noContent)
        }
        router.put("/api/v1/officers/:username/password") { request, context in
            let (admin, account) = try await target(request, context)
            let body = try await JSONBody.decode(NewPassword.self, from: request, limit: 4 * 1024)
            let hash = try await hasher.hash(body.password)
            _ = try await officers.setPasswordHash(hash, of: account.username, logger: context.logger)
            context.logger.notice(
                "password reset", metadata: ["admin": "\(admin.username)", "account": "\(account.username)"])
            return Response(status: .noContent)
        }
    }

    /// The admin asking, and the account named in the path, which must be inside the admin's scope.
    func target(_ request: Request, _ context: some RequestContext) async throws
        -> (admin: Officer, account: OfficerAccount)
    {
        let admin = try await authenticator.officer(for: request, allowedTo: .manageUsers, logger: context.logger)
        let username = try context.parameters.require("username")
        guard let account = try await officers.account(named: username, logger: context.logger) else {
            throw WorkflowError.notFound("no account \(username)")
        }
        try await authenticator.require(admin, covers: account.unit)
        return (admin, account)
    }

    func current(_ username: String, _ context: some RequestContext) async throws -> OfficerAccount {
        guard let account = try await officers.account(named: username, logger: context.logger) else {
            throw WorkflowError.notFound("no account \(username)")
        }
        return account
    }
}
