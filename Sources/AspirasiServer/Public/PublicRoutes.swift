import AspirasiCore
import AspirasiWeb
import Foundation
import Hummingbird

/// The citizens' side, without sign-in: `GET /publik` (the city's figures, the map, reports finished
/// last), `GET /lacak?nomor=…` (a report by its tracking number), `GET /publik/foto/{key}` (follow-up
/// photos of finished public reports only) and `GET /api/v1/public/stats` (the figures as JSON).
/// Every answer comes from `PublicService`'s cache; `PublicRateLimit` guards each route.
struct PublicRoutes: Sendable {
    let service: PublicService
    let cacheSeconds: Int

    @Sendable func summary(_ request: Request, context: HubRequestContext) async throws -> Response {
        try await service.summaryPage(logger: context.logger).response(maxAge: cacheSeconds)
    }

    @Sendable func track(_ request: Request, context: HubRequestContext) async throws -> Response {
        let typed = request.uri.queryParameters["nomor"].map(String.init)
        return try await service.trackingPage(typed, logger: context.logger).response(maxAge: cacheSeconds)
    }

    @Sendable func stats(_ request: Request, context: HubRequestContext) async throws -> Response {
        try await service.statsDocument(logger: context.logger).response(maxAge: cacheSeconds)
    }

    @Sendable func photo(_ request: Request, context: HubRequestContext) async throws -> Response {
        let key = try context.parameters.require("key")
        guard let photo = try await service.photo(key: key, logger: context.logger), let tag = photo.tag else {
            var page = ConsolePage.response(
                Layout.publicPage(
                    title: "Tidak ditemukan", current: nil,
                    "<h1>Tidak ditemukan</h1><p>Foto ini tidak ada atau tidak dipublikasikan.</p>"),
                status: .notFound)
            page.headers[.cacheControl] = "no-store"
            return page
        }
        let asked = request.headers[values: .ifNoneMatch].flatMap { $0.split(separator: ",") }
        if asked.contains(where: { $0.trimmingCharacters(in: .whitespaces) == "\"\(tag)\"" }) {
            return Response(status: .notModified, headers: [.eTag: "\"\(tag)\""])
        }
        // Short, so that a report made confidential or reopened stops being served soon.
        return photo.response(maxAge: 300)
    }
}

extension Routes {
    static func addPublicRoutes(to router: Router<HubRequestContext>, _ dependencies: HubDependencies) {
        let settings = dependencies.publicPages
        let routes = PublicRoutes(service: PublicService(dependencies), cacheSeconds: Int(settings.cacheSeconds))
        let buckets = RequestBuckets(
            perMinute: settings.requestsPerMinute, burst: settings.burst, capacity: settings.trackedAddresses)
        let pages = router.group()
            .add(middleware: PublicRateLimit(buckets: buckets, trustedProxies: settings.trustedProxies, html: true))
        pages.get("/publik", use: routes.summary)
        pages.get("/publik/foto/:key", use: routes.photo)
        pages.get("/lacak", use: routes.track)
        router.group("/api/v1/public")
            .add(middleware: PublicRateLimit(buckets: buckets, trustedProxies: settings.trustedProxies, html: false))
            .get("stats", use: routes.stats)
    }
}
