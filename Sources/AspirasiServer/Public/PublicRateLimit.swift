import AspirasiWeb
import ChannelKit
import Hummingbird
import NIOCore

/// Refuses a client address that used up its bucket (`RequestBuckets`): 429 with `Retry-After` and a
/// body naming the limit, as a page for the public pages and as the API's JSON error for the statistics.
struct PublicRateLimit: RouterMiddleware {
    typealias Context = HubRequestContext
    let buckets: RequestBuckets
    let trustedProxies: [IPNetwork]
    let html: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let client = ClientAddress(request, peer: context.remoteAddress, trustedProxies: trustedProxies)
        guard let wait = await buckets.take(client.description) else { return try await next(request, context) }
        let limit = "at most \(buckets.perMinute) requests a minute (bursts of \(buckets.burst)) from one address"
        guard html else {
            var error = APIError(
                .tooManyRequests, code: "rate_limited",
                message: "too many requests: the public pages and statistics allow \(limit); try again in \(wait) s")
            error.retryAfterSeconds = wait
            throw error
        }
        let page = Layout.publicPage(
            title: "Terlalu banyak permintaan", current: nil,
            """
            <h1>Terlalu banyak permintaan</h1>
            <p>Halaman publik melayani paling banyak \(buckets.perMinute) permintaan per menit dari satu alamat. \
            Coba lagi dalam \(wait) detik.</p>
            """)
        var response = ConsolePage.response(page, status: .tooManyRequests)
        response.headers[.retryAfter] = "\(wait)"
        return response
    }
}
