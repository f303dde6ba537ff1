import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A Discourse-like forum: `GET /posts.rss` serves whatever feed document the
/// test set (with an ETag and Last-Modified, answering 304 to a matching
/// conditional request), and `POST /posts.json` takes replies with `Api-Key`
/// and `Api-Username`, numbering them within their topic.
public actor FakeForum {
    public nonisolated let apiKey: String
    public nonisolated let apiUsername: String
    private var feed = ""
    private var version = 0
    private var nextPostNumber: [Int: Int] = [:]
    public private(set) var replies: [ReceivedUpdate] = []
    /// Each feed read: whether it was conditional, and the status it got.
    public private(set) var reads: [(conditional: Bool, status: Int)] = []

    public init(apiKey: String = "forum-key", apiUsername: String = "aspirasi") {
        self.apiKey = apiKey
        self.apiUsername = apiUsername
    }

    public func publish(_ document: String) {
        feed = document
        version += 1
    }

    var etag: String { "\"v\(version)\"" }

    func read(ifNoneMatch: String?) -> (Int, String, String) {
        let status = ifNoneMatch == etag ? 304 : 200
        reads.append((ifNoneMatch != nil, status))
        return (status, status == 200 ? feed : "", etag)
    }

    func reply(topic: Int, raw: String, to post: Int?) -> Int {
        let number = (nextPostNumber[topic] ?? 10) + 1
        nextPostNumber[topic] = number
        replies.append(
            ReceivedUpdate(
                target: "\(topic)", idempotencyKey: nil,
                fields: ["raw": raw, "reply_to_post_number": post.map(String.init) ?? ""]))
        return number
    }

    public nonisolated func router() -> Router<BasicRequestContext> {
        let router = Router()
        let (key, username) = (apiKey, apiUsername)
        router.get("/posts.rss") { request, _ -> Response in
            let (status, body, etag) = await self.read(ifNoneMatch: request.headers[.ifNoneMatch])
            var headers: HTTPFields = [.eTag: etag, .lastModified: "Fri, 20 Nov 2026 01:00:00 GMT"]
            guard status == 200 else { return Response(status: .notModified, headers: headers) }
            headers[.contentType] = "application/rss+xml; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        router.post("/posts.json") { request, _ -> Response in
            let apiKey = HTTPField.Name("Api-Key").flatMap { request.headers[$0] }
            let apiUser = HTTPField.Name("Api-Username").flatMap { request.headers[$0] }
            guard apiKey == key, apiUser == username else {
                return jsonResponse(["errors": ["invalid api key"]], status: .forbidden)
            }
            let body = jsonObject(try await request.body.collect(upTo: 64 * 1024))
            guard let topic = body["topic_id"] as? Int, let raw = body["raw"] as? String, raw.count >= 20 else {
                return jsonResponse(
                    ["errors": ["topic_id and raw (20+ characters) are required"]], status: .unprocessableContent)
            }
            let number = await self.reply(topic: topic, raw: raw, to: body["reply_to_post_number"] as? Int)
            return jsonResponse(["id": 9000 + number, "topic_id": topic, "post_number": number])
        }
        return router
    }
}
