import AspirasiCore
import AspirasiStore
import AspirasiWeb
import Hummingbird
import NIOCore

/// Signing in and out, the stylesheet, and `/console` itself.
struct ConsoleSignInRoutes: Sendable {
    let services: ConsoleServices

    /// `GET /console/assets/console.css`: the console's one stylesheet.
    @Sendable func stylesheet(_: Request, context _: ConsoleRequestContext) async throws -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
    }

    /// `GET /console/login`: the sign-in form (or the queue, for someone signed in).
    @Sendable func loginForm(_ request: Request, context: ConsoleRequestContext) async throws -> Response {
        if context.identity != nil { return Response.redirect(to: "/console/reports", type: .normal) }
        return loginPage(request, error: nil, next: request.uri.queryParameters["next"].map(String.init))
    }

    /// `POST /console/login`: signs in: a session cookie, then back to where the person was going.
    @Sendable func login(_ request: Request, context: ConsoleRequestContext) async throws -> Response {
        let form = try context.postedForm()
        let username = form.text("username") ?? ""
        let officer: Officer
        do {
            // The same check and throttle as POST /api/v1/auth/login (per username and address).
            officer = try await services.signIn.officer(
                username: username, password: form["password"] ?? "", from: ClientAddress(context),
                logger: context.logger)
        } catch WorkflowError.unauthenticated {
            return loginPage(
                request, error: ConsoleMessages.badLogin, next: form["next"], username: username,
                status: .unauthorized)
        } catch let error as APIError where error.status == .tooManyRequests {
            return loginPage(
                request, error: ConsoleMessages.tooManyAttempts, next: form["next"], username: username,
                status: .tooManyRequests)
        }
        let token = try await services.officers.issueToken(for: officer, logger: context.logger)
        var response = Response.redirect(to: Self.safeNext(form["next"]), type: .normal)
        response.setCookie(services.cookies.make(ConsoleCookies.session, token))
        response.setCookie(services.cookies.expired(ConsoleCookies.preLogin))
        return response
    }

    /// `GET /console`: the queue is the console's home.
    @Sendable func home(_: Request, context _: ConsoleRequestContext) async throws -> Response {
        Response.redirect(to: "/console/reports", type: .normal)
    }

    /// Any other console address: a page saying so, not the API's JSON.
    @Sendable func notFound(_: Request, context _: ConsoleRequestContext) async throws -> Response {
        throw WorkflowError.notFound("no such page")
    }

    /// `POST /console/logout`: ends the session.
    @Sendable func logout(_: Request, context: ConsoleRequestContext) async throws -> Response {
        try await services.officers.revoke(token: try context.session().token, logger: context.logger)
        var response = Response.redirect(to: "/console/login", type: .normal)
        response.setCookie(services.cookies.expired(ConsoleCookies.session))
        return response
    }

    /// The sign-in form, with a fresh pre-session token in a cookie and its CSRF token in the form.
    func loginPage(
        _ request: Request, error: String?, next: String?, username: String = "", status: HTTPResponse.Status = .ok
    ) -> Response {
        let secret = request.cookies[ConsoleCookies.preLogin]?.value ?? ConsoleCookies.randomSecret()
        let page = LoginPage.render(
            csrfToken: ConsoleCookies.csrfToken(for: secret), username: username, error: error, next: next)
        return ConsolePage.response(
            page, status: status, cookies: [services.cookies.make(ConsoleCookies.preLogin, secret, maxAge: 3600)])
    }

    /// Only a path inside the console: never another site (an open redirect).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/console/"), !next.hasPrefix("//"), !next.contains("\\"),
            !next.hasPrefix("/console/login")
        else { return "/console/reports" }
        return next
    }
}
