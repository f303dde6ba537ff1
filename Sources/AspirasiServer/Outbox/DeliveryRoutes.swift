import AspirasiCore
import AspirasiStore
import Foundation
import Hummingbird

/// The outbox for admins: dead letters and possibly-sent deliveries, and replaying them; and the
/// health of every polled feed (last success, time since, last error).
struct DeliveryRoutes: Sendable {
    let outbox: OutboxStore
    let polled: PolledIntake
    let authenticator: OfficerAuthenticator

    func register(on router: Router<some RequestContext>) {
        router.get("/api/v1/deliveries") { request, context in
            try await requireAdmin(request, context)
            let state = request.uri.queryParameters["state"].map(String.init) ?? "dead"
            guard ["dead", "possibly_sent", "pending", "sending", "sent", "cancelled"].contains(state) else {
                throw APIError.invalidParameter("state", "dead, possibly_sent, pending, sending, sent or cancelled")
            }
            let list = try await outbox.list(state: state, logger: context.logger)
            return try JSONBody.response(["deliveries": list])
        }
        router.get("/api/v1/pollers") { request, context in
            try await requireAdmin(request, context)
            return try JSONBody.response(["pollers": try await polled.health(logger: context.logger)])
        }
        router.put("/api/v1/pollers/:feed/cursor") { request, context in
            try await requireAdmin(request, context)
            let feed = try context.parameters.require("feed")
            let body = try await JSONBody.decode(CursorBody.self, from: request)
            if let problem = FeedCursor.problem(feed: feed, value: body.cursor) {
                throw APIError.invalidParameter("cursor", problem)
            }
            try await polled.setCursor(feed, to: body.cursor, logger: context.logger)
            return try JSONBody.response(["feed": feed, "cursor": body.cursor])
        }
        router.post("/api/v1/deliveries/:id/replay") { request, context in
            try await requireAdmin(request, context)
            guard let id = Int(try context.parameters.require("id")) else {
                throw APIError.invalidParameter("id", "a delivery id is a number")
            }
            guard try await outbox.replay(id, logger: context.logger) else {
                throw APIError(.notFound, code: "not_found", message: "no dead or possibly sent delivery \(id)")
            }
            return try JSONBody.response(["id": id])
        }
    }

    struct CursorBody: Decodable {
        let cursor: String
    }

    func requireAdmin(_ request: Request, _ context: some RequestContext) async throws {
        try await authenticator.officer(for: request, allowedTo: .manageDeliveries, logger: context.logger)
    }
}
