import AspirasiCore
import AspirasiStore
import Foundation
import Hummingbird

/// The outbox for admins: dead letters and possibly-sent deliveries, and replaying them, each
/// admin for the reports of their own units (deliveries about no report: the province's admins);
/// and, for the province's admins, the health of every polled feed and where each starts.
struct DeliveryRoutes: Sendable {
    let outbox: OutboxStore
    let polled: PolledIntake
    let scopes: UnitScopes

    struct DeliveryList: ResponseEncodable {
        let deliveries: [DeliveryView]
    }

    struct PollerList: ResponseEncodable {
        let pollers: [PollerHealth]
    }

    struct CursorBody: Codable, ResponseEncodable {
        var feed: String?
        let cursor: String
    }

    struct Replayed: ResponseEncodable {
        let id: Int
    }

    /// `GET /api/v1/deliveries?state=dead`: deliveries about reports in the admin's scope.
    @Sendable func list(_ request: Request, context: HubRequestContext) async throws -> DeliveryList {
        let state = request.uri.queryParameters["state"].map(String.init) ?? "dead"
        guard ["dead", "possibly_sent", "pending", "sending", "sent", "cancelled"].contains(state) else {
            throw APIError.invalidParameter("state", "dead, possibly_sent, pending, sending, sent or cancelled")
        }
        let units = try await scopes.units(of: try context.officer())
        return DeliveryList(deliveries: try await outbox.list(state: state, units: units, logger: context.logger))
    }

    /// `POST /api/v1/deliveries/{id}/replay`: a dead or possibly sent delivery goes back in the queue.
    @Sendable func replay(_ request: Request, context: HubRequestContext) async throws -> Replayed {
        let id = try context.parameters.require("id", as: Int.self)
        try await require(try context.officer(), mayReplay: id, context)
        guard try await outbox.replay(id, logger: context.logger) else {
            throw APIError(.notFound, code: "not_found", message: "no dead or possibly sent delivery \(id)")
        }
        return Replayed(id: id)
    }

    /// `GET /api/v1/pollers` (province admins): each polled feed's health.
    @Sendable func pollers(_ request: Request, context: HubRequestContext) async throws -> PollerList {
        PollerList(pollers: try await polled.health(logger: context.logger))
    }

    /// `PUT /api/v1/pollers/{feed}/cursor` (province admins): where a feed starts, or a rewind.
    @Sendable func setCursor(_ request: Request, context: HubRequestContext) async throws -> CursorBody {
        let feed = try context.parameters.require("feed")
        let body = try await request.decode(as: CursorBody.self, context: context)
        if let problem = FeedCursor.problem(feed: feed, value: body.cursor) {
            throw APIError.invalidParameter("cursor", problem)
        }
        try await polled.setCursor(feed, to: body.cursor, logger: context.logger)
        return CursorBody(feed: feed, cursor: body.cursor)
    }

    /// A delivery is for the admins whose units own or handle its report; one about no report is
    /// the province's admins'. An unknown delivery passes here, to be a 404 after.
    func require(_ admin: Officer, mayReplay id: Int, _ context: HubRequestContext) async throws {
        guard let units = try await outbox.reportUnits(ofDelivery: id, logger: context.logger) else { return }
        let scope = try await scopes.scope(of: admin)
        if scope.covers(units.owner) || scope.covers(units.handler) { return }
        if units.owner == nil && units.handler == nil {
            throw WorkflowError.forbidden(
                "delivery \(id) is about no report: only an admin of the province may replay it")
        }
        throw WorkflowError.forbidden(
            "delivery \(id) is about a report outside your unit \(admin.unitCode) and the units inside it")
    }
}
