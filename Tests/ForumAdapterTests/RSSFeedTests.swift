import Foundation
import Testing

@testable import ForumAdapter

@Suite struct RSSFeedTests {
    let feed: Feed

    init() throws {
        feed = try FeedParser.parse(Fixtures.data(Fixtures.rss))
    }

    @Test func channel() {
        #expect(feed.kind == .rss)
        #expect(feed.title == "Balai Warga - Laporan Terbaru")
        #expect(feed.ttlMinutes == 30)
        #expect(feed.entries.count == 3)
    }

    @Test func fullItem() throws {
        let entry = try #require(feed.entries.first)
        #expect(entry.id == "balaiwarga.example.id-topic-123")
        #expect(entry.title == "Jalan berlubang di Jl. Merdeka & Jl. Sudirman")
        #expect(entry.link == "https://balaiwarga.example.id/t/jalan-berlubang/123")
        #expect(entry.author == "budi_santoso")
        #expect(entry.published == Date(timeIntervalSince1970: 1_714_958_100))  // 2024-05-06T01:15:00Z
        #expect(
            entry.text == """
                Lubang besar di depan SDN 3 — sudah 2 minggu.

                Mohon segera diperbaiki & diberi rambu.
                Terima kasih.

                - Lebar ±1 m
                - Dalam 30 cm
                """)
        #expect(entry.categories == ["Infrastruktur", "Jalan"])
        #expect(
            entry.enclosureImages == [
                "https://balaiwarga.example.id/uploads/lubang.jpg",
                "https://balaiwarga.example.id/uploads/lubang-thumb.jpg",
            ])
        #expect(entry.location == FeedLocation(latitude: -6.2088, longitude: 106.8456))
    }

    @Test func itemWithoutGuidUsesResolvedLinkAndAuthorName() throws {
        let entry = try #require(feed.entries.dropFirst().first)
        #expect(entry.id == "https://balaiwarga.example.id/t/lampu-jalan-mati/124")
        #expect(entry.link == entry.id)
        #expect(entry.author == "Siti Aminah")
        #expect(entry.published == Date(timeIntervalSince1970: 1_714_942_800))  // 2024-05-05T21:00:00Z
        #expect(entry.text == "Lampu di gang 5 mati sejak Senin malam.")
        #expect(entry.enclosureImages.isEmpty)
        #expect(entry.location == nil)
    }

    @Test func itemWithoutGuidOrLinkGetsStableFallbackID() throws {
        let entry = try #require(feed.entries.last)
        #expect(entry.id == "Tanpa guid dan link|Sun, 05 May 2024 10:00:00 Z")
        #expect(entry.link == nil)
        let again = try FeedParser.parse(Fixtures.data(Fixtures.rss))
        #expect(again.entries.last?.id == entry.id)
    }

    @Test func permalinkGuidStandsInForLinkAndUnsafeSchemesAreDropped() throws {
        let xml = """
            <rss version="2.0"><channel>
            <item><guid>https://forum.example.id/t/1</guid><title>a</title></item>
            <item><guid>2</guid><link>javascript:alert(1)</link><title>b</title>
              <enclosure url="file:///etc/passwd" type="image/png"/>
              <enclosure url="https://x.example.id/a.PNG"/></item>
            </channel></rss>
            """
        let entries = try FeedParser.parse(Fixtures.data(xml)).entries
        #expect(entries.map(\.link) == ["https://forum.example.id/t/1", nil])
        #expect(entries.last?.enclosureImages == ["https://x.example.id/a.PNG"])
    }

    @Test func rss1RDFFeed() throws {
        let xml = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
              xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://f.example.id/"><title>RDF</title><link>https://f.example.id/</link></channel>
              <item rdf:about="https://f.example.id/1"><title>Satu</title><link>https://f.example.id/1</link>
                <dc:date>2024-05-06T01:15:00Z</dc:date><dc:creator>ani</dc:creator></item>
            </rdf:RDF>
            """
        let feed = try FeedParser.parse(Fixtures.data(xml))
        #expect(feed.kind == .rss)
        #expect(feed.entries.first?.author == "ani")
        #expect(feed.entries.first?.published == Date(timeIntervalSince1970: 1_714_958_100))
    }

    @Test func undeclaredConventionalPrefixIsTolerated() throws {
        let xml = """
            <rss version="2.0"><channel><item><guid>1</guid>
            <media:content url="https://x.example.id/p.jpg" medium="image"/>
            <georss:point>-7.25 112.75</georss:point></item></channel></rss>
            """
        let entry = try #require(try FeedParser.parse(Fixtures.data(xml)).entries.first)
        #expect(entry.enclosureImages == ["https://x.example.id/p.jpg"])
        #expect(entry.location == FeedLocation(latitude: -7.25, longitude: 112.75))
    }

    @Test func entriesAreCapped() throws {
        let items = (0..<(FeedParser.maxEntries + 100)).map { "<item><guid>\($0)</guid></item>" }.joined()
        let xml = "<rss version=\"2.0\"><channel>\(items)<ttl>15</ttl></channel></rss>"
        let feed = try FeedParser.parse(Fixtures.data(xml))
        #expect(feed.entries.count == FeedParser.maxEntries)
        #expect(feed.entries.last?.id == "\(FeedParser.maxEntries - 1)")
        #expect(feed.ttlMinutes == 15)
    }

    @Test func latin1DeclaredEncoding() throws {
        var data = Data(
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><guid>1</guid><title>Caf".utf8)
        data.append(0xE9)
        data.append(contentsOf: Array("</title></item></channel></rss>".utf8))
        #expect(try FeedParser.parse(data).entries.first?.title == "Café")
    }

    @Test func invalidGeoPointIsIgnored() {
        #expect(FeedLocation(georssPoint: "95 10") == nil)
        #expect(FeedLocation(georssPoint: "-6.2") == nil)
        #expect(FeedLocation(georssPoint: "-6.2,106.8") == FeedLocation(latitude: -6.2, longitude: 106.8))
    }
}
