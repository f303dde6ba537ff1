import AspirasiCore
import AspirasiStore
import AspirasiWeb
import ChannelKit
import Hummingbird
import HummingbirdAuth
import Logging

/// Finds the console session in the cookie: a live `ses_` token of an active account (an API
/// token never signs in a browser). Using it slides the session's 12 hours, as on the API.
struct ConsoleAuthenticator: AuthenticatorMiddleware {
    typealias Context = ConsoleRequestContext
    let officers: OfficerStore

    func authenticate(request: Request, context: Context) async throws -> ConsoleSession? {
        guard let token = request.cookies[ConsoleCookies.session]?.value, token.hasPrefix("ses_"),
            let officer = try await officers.officer(forToken: token, logger: context.logger)
        else { return nil }
        return ConsoleSession(officer: officer, token: token, csrfToken: ConsoleCookies.csrfToken(for: token))
    }
}

/// Routes behind it need a session: a person without one is sent to the sign-in page, and comes back after.
struct ConsoleSignInRequired: RouterMiddleware {
    typealias Context = ConsoleRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard context.identity == nil else { return try await next(request, context) }
        let back = request.method == .get ? request.uri.path : nil
        return Response.redirect(to: Link.to("/console/login", [("next", back)]), type: .normal)
    }
}

/// Routes behind it need a role allowed `action` (the admin pages: 403 for everyone else).
struct ConsoleRoleRequired: RouterMiddleware {
    typealias Context = ConsoleRequestContext
    let action: OfficerAction

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard try context.session().officer.role.may(action) else {
            throw WorkflowError.forbidden("this page is for admins")
        }
        return try await next(request, context)
    }
}

/// Every console POST: reads the form (URL-encoded or multipart, up to a photo's size) and checks
/// its `csrf_token` against the session's (or, on the sign-in form, the pre-session cookie's).
/// A missing or wrong token is 403 and the handler never runs, so nothing changes.
struct ConsoleFormMiddleware: RouterMiddleware {
    typealias Context = ConsoleRequestContext
    static let bodyLimit = ImageType.maximumBytes + 256 * 1024

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard request.method == .post else { return try await next(request, context) }
        let expected =
            context.identity?.csrfToken
            ?? request.cookies[ConsoleCookies.preLogin].map { ConsoleCookies.csrfToken(for: $0.value) }
        var request = request
        let body = try await request.collectBody(upTo: Self.bodyLimit)
        guard let form = ConsoleForm.parse(body, contentType: request.headers[.contentType]),
            let expected, let given = form[Form.csrfField],
            WebhookSignature.constantTimeEqual(Array(given.utf8), Array(expected.utf8))
        else {
            throw WorkflowError.forbidden("the form's CSRF token is missing or wrong")
        }
        var context = context
        context.form = form
        return try await next(request, context)
    }
}

/// Errors on console routes become pages in Bahasa Indonesia with the status the API would give
/// (the mapping stays `ErrorMappingMiddleware`'s); a lapsed session goes to the sign-in page.
struct ConsoleErrorPages: RouterMiddleware {
    typealias Context = ConsoleRequestContext
    let catalog: @Sendable () async throws -> IntakeCatalog

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let mapped = ErrorMappingMiddleware<Context>.map(error, logger: context.logger)
            if mapped.status == .unauthorized {
                return Response.redirect(to: "/console/login", type: .normal)
            }
            var viewer: Viewer?
            if let session = context.identity, let catalog = try? await catalog() {
                viewer = ConsoleViewer.make(session, catalog: catalog)
            }
            let page = Layout.error(
                status: Int(mapped.status.code), message: ConsoleMessages.forStatus(mapped.status.code), viewer: viewer)
            return ConsolePage.response(page, status: mapped.status)
        }
    }
}
