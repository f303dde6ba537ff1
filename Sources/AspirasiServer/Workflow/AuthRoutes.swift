import AspirasiCore
import AspirasiStore
import Foundation
import Hummingbird

/// Sign-in, sign-out and API tokens for integrations. Accounts are `OfficerRoutes`.
struct AuthRoutes: Sendable {
    let officers: OfficerStore
    let authenticator: OfficerAuthenticator
    let signIn: PasswordSignIn

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

    func register(on router: Router<some RemoteAddressRequestContext>) {
        router.post("/api/v1/auth/login") { request, context in
            let login = try await JSONBody.decode(Login.self, from: request, limit: 4 * 1024)
            let officer = try await signIn.officer(
                username: login.username, password: login.password, from: ClientAddress(context),
                logger: context.logger)
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
    }
}

extension AuthRoutes.Session.Who {
    init(_ officer: Officer) {
        self.init(
            username: officer.username, displayName: officer.displayName, unit: officer.unitCode, role: officer.role)
    }
}
