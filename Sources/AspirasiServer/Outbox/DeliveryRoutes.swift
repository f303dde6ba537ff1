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
    let authenticator: OfficerAuthenticator

    func register(on router: Router<some RequestContext>) {
        router.get("/api/v1/deliveries") { request, context in
            let admin = try await requireAdmin(request, context)
            let state = request.uri.queryParameters["state"].map(String.init) ?? "dead"
            guard ["dead", "possibly_sent", "pending", "sending", "sent", "cancelled"].contains(state) else {
                throw APIError.invalidParameter("state", "dead, possibly_sent, pending, sending, sent or cancelled")
            }
            let units = try await authenticator.scope(of: admin).units.map { Array($0).sorted() }
            let list = try await outbox.list(state: state, units: units, logger: context.logger)
            return try JSONBody.response(["deliveries": list])
        }
        router.get("/api/v1/pollers") { request, context in
            try await requireProvinceAdmin(request, context)
            return try JSONBody.response(["pollers": try await polled.health(logger: context.logger)])
        }
        router.put("/api/v1/pollers/:feed/cursor") { request, context in
            try await requireProvinceAdmin(request, context)
            let feed = try context.parameters.require("feed")
            let body = try await JSONBody.decode(CursorBody.self, from: request)
            if let problem = FeedCursor.problem(feed: feed, value: body.cursor) {
                throw APIError.invalidParameter("cursor", problem)
            }
            try await polled.setCursor(feed, to: body.cursor, logger: context.logger)
            return try JSONBody.response(["feed": feed, "cursor": body.cursor])
        }
        router.post("/api/v1/deliveries/:id/replay") { request, context in
            let admin = try await requireAdmin(request, context)
            guard let id = Int(try context.parameters.require("id")) else {
                throw APIError.invalidParameter("id", "a delivery id is a number")
            }
            try await require(admin, mayReplay: id, context)
            guard try await outbox.replay(id, logger: context.logger) else {
                throw APIError(.notFound, code: "not_found", message: "no dead or possibly sent delivery \(id)")
            }
            return try JSONBody.response(["id": id])
        }
    }

    struct CursorBody: Decodable {
        let cursor: String
    }

    @discardableResult
    func requireAdmin(_ request: Request, _ context: some RequestContext) async throws -> Officer {
        try await authenticator.officer(for: request, allowedTo: .manageDeliveries, logger: context.logger)
    }

    /// A delivery is for the admins whose units own or handle its report; one about no report is
    /// the province's admins'. An unknown delivery passes here, to be a 404 after.
    func require(_ admin: Officer, mayReplay id: Int, _ context: some RequestContext) async throws {
        guard let units = try await outbox.reportUnits(ofDelivery: id, logger: context.logger) else { return }
        let scope = try await authenticator.scope(of: admin)
        if scope.covers(units.owner) || scope.covers(units.handler) { return }
        if units.owner == nil && units.handler == nil {
            throw WorkflowError.forbidden(
                "delivery \(id) is about no report: only an admin of the province may replay it")
        }
        throw WorkflowError.forbidden(
            "delivery \(id) is about a report outside your unit \(admin.unitCode) and the units inside it")
    }

    func requireProvinceAdmin(_ request: Request, _ context: some RequestContext) async throws {
        try await authenticator.provinceOfficer(
            for: request, allowedTo: .manageDeliveries, what: "polled feeds", logger: context.logger)
    }
}
