import Foundation
import HTTPTypes
import Hummingbird

/// The Qlue feed as CHANNELS.md describes it: `GET /v1/posts?after_id&limit`
/// (bearer key, oldest first) and `POST /v1/posts/{id}/status`, which keeps
/// one update per `Idempotency-Key` as the real service promises to.
public actor FakeQlue {
    public nonisolated let key: String
    private var posts: [[String: any Sendable]] = []
    public private(set) var updates: [ReceivedUpdate] = []
    public private(set) var feedReads = 0
    /// Statuses the next feed reads answer with before serving (e.g. 500, 429).
    private var failures: [Int] = []

    public init(key: String = "qlue-key") {
        self.key = key
    }

    /// A post as the feed shows it; `post_id` increases.
    public func add(
        id: Int, title: String, description: String, latitude: Double = 0, longitude: Double = 0,
        images: [String] = [], profile: String = "warga", date: String = "2026-11-20 08:15:00"
    ) {
        posts.append([
            "post_id": id, "post_title": title, "post_desc": description, "loc_lat": latitude, "loc_lng": longitude,
            "post_images": images, "profile_name": profile, "profile_id": "u-\(profile)", "post_date": date,
        ])
    }

    public func failNextReads(_ statuses: [Int]) { failures += statuses }

    func page(after: Int, limit: Int) -> (Int?, [[String: any Sendable]]) {
        feedReads += 1
        if !failures.isEmpty { return (failures.removeFirst(), []) }
        let newer = posts.filter { ($0["post_id"] as? Int ?? 0) > after }
            .sorted { ($0["post_id"] as? Int ?? 0) < ($1["post_id"] as? Int ?? 0) }
        return (nil, Array(newer.prefix(limit)))
    }

    func record(_ update: ReceivedUpdate) -> Bool {
        if let key = update.idempotencyKey, updates.contains(where: { $0.idempotencyKey == key }) { return false }
        updates.append(update)
        return true
    }

    public nonisolated func router() -> Router<BasicRequestContext> {
        let router = Router()
        let key = self.key
        router.get("/v1/posts") { request, _ -> Response in
            guard request.headers[.authorization] == "Bearer \(key)" else {
                return jsonResponse([:], status: .unauthorized)
            }
            let after = request.uri.queryParameters["after_id"].flatMap { Int(String($0)) } ?? 0
            let limit = request.uri.queryParameters["limit"].flatMap { Int(String($0)) } ?? 100
            let (failure, page) = await self.page(after: after, limit: limit)
            if let failure {
                return Response(status: .init(code: failure), headers: [.retryAfter: "1"])
            }
            return jsonResponse(["posts": page])
        }
        router.post("/v1/posts/:id/status") { request, context -> Response in
            guard request.headers[.authorization] == "Bearer \(key)" else {
                return jsonResponse([:], status: .unauthorized)
            }
            let body = jsonObject(try await request.body.collect(upTo: 64 * 1024))
            let update = ReceivedUpdate(
                target: context.parameters.get("id") ?? "",
                idempotencyKey: HTTPField.Name("Idempotency-Key").flatMap { request.headers[$0] },
                fields: body.compactMapValues { $0 as? String })
            _ = await self.record(update)
            return jsonResponse(["id": "upd-\(update.idempotencyKey ?? "none")"])
        }
        return router
    }
}
