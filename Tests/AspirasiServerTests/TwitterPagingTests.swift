import ChannelFakes
import ChannelKit
import Foundation
import Hummingbird
import Testing
import TwitterAdapter

/// A fake X timeline with a deep backlog: mentions always have a next page (X stops at the
/// newest 800), and 300 DM events come 100 a page, newest first, linked by `meta.next_token`.
actor PagedX {
    private(set) var mentionPages = 0
    private(set) var dmPageTokens: [String?] = []

    func mentionPage() -> Int {
        mentionPages += 1
        return mentionPages
    }

    func dmPage(_ token: String?) {
        dmPageTokens.append(token)
    }

    nonisolated func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/2/users/:id/mentions") { _, _ -> Response in
            let page = await self.mentionPage()
            let base = 1_950_000_000_000_000_000 - page * 100
            let tweets = (0..<100).map { ["id": "\(base - $0)", "author_id": "777", "text": "@JakartaAspirasi \($0)"] }
            return jsonResponse(
                ["data": tweets, "meta": ["result_count": 100, "newest_id": "\(base)", "next_token": "m\(page + 1)"]])
        }
        router.get("/2/dm_events") { request, _ -> Response in
            let token = request.uri.queryParameters.get("pagination_token")
            await self.dmPage(token)
            // Page 1: events 300…201, page 2 (token "d2"): 200…101, page 3 (token "d3"): 100…1.
            let page = token == "d3" ? 3 : token == "d2" ? 2 : 1
            let newest = 300 - (page - 1) * 100
            let events = (0..<100).map {
                [
                    "id": "\(newest - $0)", "event_type": "MessageCreate", "sender_id": "780",
                    "text": "pesan \(newest - $0)",
                ]
            }
            var meta: [String: Any] = ["result_count": 100]
            if page < 3 { meta["next_token"] = "d\(page + 1)" }
            return jsonResponse(["data": events, "meta": meta])
        }
        return router
    }
}

func jsonResponse(_ object: Any) -> Response {
    let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data("{}".utf8)
    return Response(
        status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: .init(bytes: data)))
}

@Suite struct TwitterPagingTests {
    /// GET /2/users/:id/mentions: "Using pagination, up to the most recent 800 Tweets can be
    /// retrieved" (https://docs.x.com/x-api/posts/timelines): 8 pages of 100, not 20.
    @Test func aMentionsBacklogIsReadToXsLimitOf800() async throws {
        let fake = PagedX()
        try await withLiveFake(fake.router()) { base in
            let timeline = TwitterTimeline(apiBase: base, accessToken: "t", ourUserID: "3001", client: .shared)
            let (messages, newest) = try await timeline.mentions(since: "1")
            #expect(await fake.mentionPages == 8)
            #expect(messages.count == 800)
            #expect(newest == "1949999999999999900")
        }
    }

    /// GET /2/dm_events serves 100 events a page, newest first; the poller follows `next_token`
    /// (as `pagination_token`) until it reaches the events it saw last round.
    @Test func directMessagesArePagedBackToTheCursor() async throws {
        let fake = PagedX()
        try await withLiveFake(fake.router()) { base in
            let timeline = TwitterTimeline(apiBase: base, accessToken: "t", ourUserID: "3001", client: .shared)
            let (messages, newest) = try await timeline.directMessages(since: "150")
            #expect(await fake.dmPageTokens == [nil, "d2"])
            #expect(messages.count == 150)
            #expect(messages.first?.externalID == "dm:151")
            #expect(messages.last?.externalID == "dm:300")
            #expect(newest == "300")
            // Without a cursor (the first round) only the newest page is taken.
            let (first, _) = try await timeline.directMessages(since: nil)
            #expect(first.count == 100)
            #expect(await fake.dmPageTokens == [nil, "d2", nil])
        }
    }
}
