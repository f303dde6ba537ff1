import AspirasiCore
import Testing

@testable import AspirasiServer

@Suite struct PagePrefetchTests {
    /// A feed of numbered pages: page n (cursor "n") has more until `last`, and every ask is recorded.
    actor Feed {
        var asked: [String?] = []
        var failing: Set<String> = []
        let last: Int

        init(last: Int) { self.last = last }

        func fail(_ cursor: String) { failing.insert(cursor) }
        func heal() { failing.removeAll() }

        func page(_ cursor: String?) throws -> FeedPage {
            asked.append(cursor)
            let n = Int(cursor ?? "0") ?? 0
            if failing.contains(cursor ?? "") { throw CancellationError() }
            return FeedPage(messages: [], cursor: String(n + 1), hasMore: n + 1 < last)
        }
    }

    /// Waits (with a deadline) until the feed has been asked `count` times.
    func waitForAsks(_ feed: Feed, _ count: Int) async throws {
        let deadline = ContinuousClock.now + .seconds(5)
        while await feed.asked.count < count {
            guard ContinuousClock.now < deadline else { Issue.record("only \(await feed.asked) asked"); return }
            await Task.yield()
        }
    }

    @Test func theNextPageIsAskedForOnceAndUsedWhenTheCursorMatches() async throws {
        let feed = Feed(last: 3)
        let prefetch = PagePrefetch()
        let first = try await prefetch.page(at: nil) { try await feed.page($0) }
        #expect(first.cursor == "1")
        try await waitForAsks(feed, 2)
        let second = try await prefetch.page(at: "1") { try await feed.page($0) }
        #expect(second.cursor == "2")
        try await waitForAsks(feed, 3)
        let third = try await prefetch.page(at: "2") { try await feed.page($0) }
        #expect(third.hasMore == false)
        // Page "1" and "2" came from the fetch ahead: each cursor was asked for once, none after the last.
        #expect(await feed.asked == [nil, "1", "2"])
    }

    @Test func aPageFetchedForAnotherCursorIsNotUsed() async throws {
        let feed = Feed(last: 10)
        let prefetch = PagePrefetch()
        _ = try await prefetch.page(at: "4") { try await feed.page($0) }
        try await waitForAsks(feed, 2)
        // Another hub moved the feed to 7 (or this round's commit failed and it is still at 4).
        let page = try await prefetch.page(at: "7") { try await feed.page($0) }
        #expect(page.cursor == "8")
        #expect(await feed.asked.prefix(3) == ["4", "5", "7"])
    }

    @Test func aFailedFetchAheadIsAskedAgain() async throws {
        let feed = Feed(last: 10)
        await feed.fail("1")
        let prefetch = PagePrefetch()
        _ = try await prefetch.page(at: nil) { try await feed.page($0) }
        try await waitForAsks(feed, 2)
        await feed.heal()
        let page = try await prefetch.page(at: "1") { try await feed.page($0) }
        #expect(page.cursor == "2")
        #expect(await feed.asked.prefix(3) == [nil, "1", "1"])
    }

    @Test func aQuietFeedIsNotAskedAhead() async throws {
        let feed = Feed(last: 1)
        let prefetch = PagePrefetch()
        let page = try await prefetch.page(at: nil) { try await feed.page($0) }
        #expect(page.hasMore == false)
        #expect(await feed.asked == [nil])
    }
}
