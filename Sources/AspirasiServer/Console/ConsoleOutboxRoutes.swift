import AspirasiCore
import AspirasiStore
import AspirasiWeb
import Hummingbird

/// Admin pages for deliveries that failed or may have been sent, and for the polled feeds.
struct ConsoleOutboxRoutes: Sendable {
    let services: ConsoleServices

    /// `GET /console/admin/deliveries`: dead or possibly-sent deliveries.
    @Sendable func deliveries(_ request: Request, context: ConsoleRequestContext) async throws -> Response {
        try await services.requireProvinceAdmin(context)
        let wanted = request.uri.queryParameters["state"].map(String.init)
        let state = wanted == "possibly_sent" ? "possibly_sent" : "dead"
        let rows = try await services.outbox.list(state: state, logger: context.logger).map {
            DeliveriesScreen.Row(
                id: $0.id, channel: $0.channel, kind: $0.kind, attempts: $0.attempts, lastError: $0.lastError,
                createdAt: $0.createdAt)
        }
        let viewer = try await services.viewer(context)
        return ConsolePage.render(request, cookies: services.cookies) {
            DeliveriesScreen(state: state, rows: rows).render(viewer: viewer, flash: $0)
        }
    }

    /// `POST /console/admin/deliveries/:id/replay`: sends a dead or possibly-sent delivery again.
    @Sendable func replay(_: Request, context: ConsoleRequestContext) async throws -> Response {
        try await services.requireProvinceAdmin(context)
        let id = try context.parameters.require("id", as: Int.self)
        guard try await services.outbox.replay(id, logger: context.logger) else {
            throw WorkflowError.notFound("no dead or possibly sent delivery \(id)")
        }
        return ConsolePage.redirect(
            "/console/admin/deliveries", Flash(.success, "Pesan \(id) dijadwalkan untuk dikirim ulang."),
            cookies: services.cookies)
    }

    /// `GET /console/admin/pollers`: each polled feed's health and cursor.
    @Sendable func pollers(_ request: Request, context: ConsoleRequestContext) async throws -> Response {
        try await services.requireProvinceAdmin(context)
        let rows = try await services.polled.health(logger: context.logger).map {
            PollersScreen.Row(
                feed: $0.feed, cursor: $0.cursor, lastSuccessAt: $0.lastSuccessAt, lagSeconds: $0.lagSeconds,
                lastError: $0.lastError)
        }
        let viewer = try await services.viewer(context)
        return ConsolePage.render(request, cookies: services.cookies) {
            PollersScreen(rows: rows).render(viewer: viewer, flash: $0)
        }
    }

    /// `POST /console/admin/pollers/:feed/cursor`: where a feed reads from next, checked as the API checks it.
    @Sendable func setCursor(_: Request, context: ConsoleRequestContext) async throws -> Response {
        try await services.requireProvinceAdmin(context)
        let feed = try context.parameters.require("feed")
        let cursor = try context.postedForm().text("cursor") ?? ""
        if let problem = FeedCursor.problem(feed: feed, value: cursor) {
            return ConsolePage.redirect(
                "/console/admin/pollers", Flash(.error, "Kursor \(feed) tidak valid: \(problem)"),
                cookies: services.cookies)
        }
        try await services.polled.setCursor(feed, to: cursor, logger: context.logger)
        return ConsolePage.redirect(
            "/console/admin/pollers", Flash(.success, "Kursor \(feed) diatur."), cookies: services.cookies)
    }

}
