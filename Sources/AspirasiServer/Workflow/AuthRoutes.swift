import AspirasiCore
import AspirasiStore
import Foundation
import Hummingbird

/// Sign-in, sign-out and API tokens for integrations. Accounts are `OfficerRoutes`.
struct AuthRoutes: Sendable {
    let officers: OfficerStore
    let signIn: PasswordSignIn

    struct Login: Decodable {
        let username: String
        let password: String
    }

    struct Session: ResponseEncodable {
        struct Who: Codable, Sendable {
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

    /// `POST /api/v1/auth/login`: open, throttled per username and per address.
    @Sendable func login(_ request: Request, context: HubRequestContext) async throws -> EditedResponse<Session> {
        let login = try await request.decode(as: Login.self, context: context)
        let officer = try await signIn.officer(
            username: login.username, password: login.password, from: ClientAddress(context), logger: context.logger)
        let token = try await officers.issueToken(for: officer, logger: context.logger)
        return EditedResponse(
            status: .created,
            response: Session(
                token: token, expiresInSeconds: OfficerStore.sessionLifetimeHours * 3600, officer: .init(officer)))
    }

    /// `POST /api/v1/auth/logout`: ends the session the request came with.
    @Sendable func logout(_ request: Request, context: HubRequestContext) async throws -> Response {
        if let token = request.bearerToken {
            try await officers.revoke(token: token, logger: context.logger)
        }
        return Response(status: .noContent)
    }

    /// `POST /api/v1/auth/tokens`: a non-expiring token for an integration acting as this officer.
    @Sendable func issueToken(_ request: Request, context: HubRequestContext) async throws -> EditedResponse<Session> {
        let officer = try context.officer()
        let wanted = try await request.decode(as: TokenRequest.self, context: context)
        let name = wanted.name.trimmingCharacters(in: .whitespaces)
        guard (1...100).contains(name.count) else {
            throw WorkflowError.invalid(field: "name", message: "1 to 100 characters")
        }
        let token = try await officers.issueToken(for: officer, api: name, logger: context.logger)
        return EditedResponse(
            status: .created, response: Session(token: token, expiresInSeconds: nil, officer: .init(officer)))
    }
}

extension AuthRoutes.Session.Who {
    init(_ officer: Officer) {
        self.init(
            username: officer.username, displayName: officer.displayName, unit: officer.unitCode, role: officer.role)
    }
}

extension AuthRoutes.Session.Who: ResponseEncodable {}
