import Hummingbird

/// Refuses a query parameter holding U+0000 with a 400 naming it, before any
/// route binds it into a statement that PostgreSQL would refuse (a 503).
/// Open311 checks its own, to answer in its format; webhooks are exempt, because
/// a provider's message is taken in with the NULs removed rather than lost.
struct NULParameterMiddleware<Context: RequestContext>: RouterMiddleware {
    static var exemptPrefixes: [String] { ["/open311/", "/webhooks/"] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let path = request.uri.path
        if !Self.exemptPrefixes.contains(where: { path.hasPrefix($0) }),
            let name = QueryParameters(request.uri.queryParameters).nameHoldingNUL
        {
            throw APIError.invalidParameter(name, "\(name) holds a NUL character (U+0000), which text may not contain")
        }
        return try await next(request, context)
    }
}
