import AspirasiCore
import AspirasiStore
import Foundation
import Hummingbird

/// Sign-in, sign-out, API tokens for integrations, and (for admins) accounts.
struct AuthRoutes: Sendable {
    let officers: OfficerStore
    let authenticator: OfficerAuthenticator
    let hasher: PasswordHasher

    struct Login: Decodable {
        let username: String
        let password: String
    }

    struct Session: Encodable {
        struct Who: Encodable {
            let username: String
            let displayName: String
            let unit: String
            let role: Role
        }
        let token: String
        let expiresInSeconds: Int?
        let officer: Who
    }

    struct TokenRequest: Decodable {
        let name: String
    }

    struct NewOfficer: Decodable {
        let username: String
        let displayName: String
        let unit: String
        let role: Role
        let password: String
    }

    func register(on router: Router<some RequestContext>) {
        router.post("/api/v1/auth/login") { request, context in
            let login = try await JSONBody.decode(Login.self, from: request, limit: 4 * 1024)
            let found = try await officers.credentials(of: login.username, logger: context.logger)
            // A missing account costs a hash check too, so timing does not tell which usernames exist.
            let stored = found?.passwordHash ?? Self.decoyHash
            guard try await hasher.verify(login.password, against: stored), let officer = found?.officer else {
                throw WorkflowError.unauthenticated
            }
            let token = try await officers.issueToken(for: officer, logger: context.logger)
            return try JSONBody.response(
                Session(
                    token: token, expiresInSeconds: OfficerStore.sessionLifetimeHours * 3600, officer: .init(officer)),
                status: .created)
        }
        router.post("/api/v1/auth/logout") { request, context in
            _ = try await authenticator.officer(for: request, logger: context.logger)
            if let token = request.bearerToken {
                try await officers.revoke(token: token, logger: context.logger)
            }
            return Response(status: .noContent)
        }
        router.post("/api/v1/auth/tokens") { request, context in
            let officer = try await authenticator.officer(for: request, logger: context.logger)
            let wanted = try await JSONBody.decode(TokenRequest.self, from: request, limit: 4 * 1024)
            let name = wanted.name.trimmingCharacters(in: .whitespaces)
            guard (1...100).contains(name.count) else {
                throw WorkflowError.invalid(field: "name", message: "1 to 100 characters")
            }
            let token = try await officers.issueToken(for: officer, api: name, logger: context.logger)
            return try JSONBody.response(
                Session(token: token, expiresInSeconds: nil, officer: .init(officer)), status: .created)
        }
        router.post("/api/v1/officers") { request, context in
            let admin = try await authenticator.officer(for: request, logger: context.logger)
            guard admin.role.may(.manageUsers) else {
                throw WorkflowError.forbidden("only an admin may create accounts")
            }
            let new = try await JSONBody.decode(NewOfficer.self, from: request, limit: 4 * 1024)
            guard new.password.count >= PasswordHasher.minimumLength else {
                throw WorkflowError.invalid(
                    field: "password", message: "at least \(PasswordHasher.minimumLength) characters")
            }
            let officer = try await officers.create(
                username: new.username, displayName: new.displayName, unitCode: new.unit, role: new.role,
                passwordHash: try await hasher.hash(new.password), logger: context.logger)
            return try JSONBody.response(Session.Who(officer), status: .created)
        }
    }

    /// A valid bcrypt hash of nothing anyone knows.
    static let decoyHash = "$2b$12$lf7SHjSULQ2wRFbTcNzY4uqSfJNJIg0Zsni22IoLFMMs6S6YC13Ae"
}

extension AuthRoutes.Session.Who {
    init(_ officer: Officer) {
        self.init(
            username: officer.username, displayName: officer.displayName, unit: officer.unitCode, role: officer.role)
    }
}
