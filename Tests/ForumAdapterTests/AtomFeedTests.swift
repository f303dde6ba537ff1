import Foundation
import Testing

@testable import ForumAdapter

@Suite struct AtomFeedTests {
    let feed: Feed

    init() throws {
        feed = try FeedParser.parse(Fixtures.data(Fixtures.atom))
    }

    @Test func feedLevel() {
        #expect(feed.kind == .atom)
        #expect(feed.title == "Balai Warga")
        #expect(feed.ttlMinutes == nil)
        #expect(feed.entries.count == 2)
    }

    @Test func htmlEntryWithUpdatedOnly() throws {
        let entry = try #require(feed.entries.first)
        #expect(entry.id == "tag:forum.example.id,2024:post-77")
        #expect(entry.title == "Banjir RT 05")
        #expect(entry.link == "https://forum.example.id/t/banjir/77")
        #expect(entry.author == "rina")
        let published = try #require(entry.published)
        #expect(abs(published.timeIntervalSince1970 - 1_714_958_130.25) < 0.001)  // 2024-05-06T01:15:30.25Z
        #expect(entry.text == "Air setinggi 50 cm\n\nCafé tutup")
        #expect(entry.categories == ["banjir"])
        #expect(entry.enclosureImages == ["https://forum.example.id/img/banjir.png"])
    }

    @Test func xhtmlEntryPrefersPublishedAndInheritsFeedAuthor() throws {
        let entry = try #require(feed.entries.last)
        #expect(entry.author == "Admin Balai")
        #expect(entry.published == Date(timeIntervalSince1970: 1_714_903_200))  // 2024-05-05T10:00:00Z
        #expect(entry.link == "https://forum.example.id/t/sampah/78")
        #expect(entry.text == "Sudah 3 hari.\n\nBau.")
    }

    @Test func summaryStandsInAndFirstHrefIsUsed() throws {
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry>
              <link rel="related" href="https://a.example.id/r"/>
              <id>x</id><summary type="html">&lt;b&gt;Singkat&lt;/b&gt;</summary>
              <content src="https://a.example.id/body"/>
            </entry></feed>
            """
        let entry = try #require(try FeedParser.parse(Fixtures.data(xml)).entries.first)
        #expect(entry.text == "Singkat")
        #expect(entry.link == "https://a.example.id/r")
        #expect(entry.published == nil)
    }
}
