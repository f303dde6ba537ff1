import AsyncHTTPClient
import ChannelKit
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Polls the forum's RSS 2.0 or Atom feed politely: `If-None-Match` and
/// `If-Modified-Since` from the last answer (304: nothing new), the feed's
/// `ttl` and the server's `Retry-After` respected. What it remembers (ETag,
/// Last-Modified, not-before) is the feed's cursor, committed with the
/// messages; entries are deduped by the intake on their guid / id.
public struct ForumFeedReader: Sendable {
    public let url: String
    /// Our own API user: its entries are our replies coming back.
    let ourUsername: String?
    let client: HTTPClient
    let timeout: TimeAmount

    public init(url: String, ourUsername: String? = nil, client: HTTPClient, timeout: TimeAmount = .seconds(20)) {
        self.url = url
        self.ourUsername = ourUsername
        self.client = client
        self.timeout = timeout
    }

    /// The feed's validators and the earliest next read, as stored in the cursor.
    struct Validators: Codable, Equatable {
        var etag: String?
        var lastModified: String?
        var notBefore: Double?

        init(etag: String? = nil, lastModified: String? = nil, notBefore: Double? = nil) {
            self.etag = etag
            self.lastModified = lastModified
            self.notBefore = notBefore
        }

        init(cursor: String?) {
            self = cursor.flatMap { try? JSONDecoder().decode(Self.self, from: Data($0.utf8)) } ?? Self()
        }

        var cursor: String? {
            (try? JSONEncoder().encode(self)).flatMap { String(data: $0, encoding: .utf8) }
        }
    }

    public func read(validators cursor: String?, logger: Logger = Logger(label: "forum"), now: Date = Date())
        async throws -> FeedPage
    {
        var validators = Validators(cursor: cursor)
        if let notBefore = validators.notBefore, now.timeIntervalSince1970 < notBefore {
            return FeedPage(messages: [], cursor: nil)
        }
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "Accept", value: "application/rss+xml, application/atom+xml, application/xml")
        if let etag = validators.etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let modified = validators.lastModified { request.headers.add(name: "If-Modified-Since", value: modified) }
        let answer = try await ProviderHTTP.send(
            request, client: client, timeout: timeout, maximumAnswer: FeedParser.maxBytes)
        switch answer.status {
        case 304:
            return FeedPage(messages: [], cursor: nil)
        case 429, 503:
            throw SendFailure.rateLimited(
                until: ProviderHTTP.resetTime(answer.headers, now: now) ?? now.addingTimeInterval(600))
        default:
            try ProviderHTTP.check(answer, provider: "the forum feed")
        }
        let feed = try FeedParser.parse(Data(answer.body.readableBytesView))
        validators.etag = answer.headers.first(name: "ETag")
        validators.lastModified = answer.headers.first(name: "Last-Modified")
        validators.notBefore = feed.ttlMinutes.map { now.timeIntervalSince1970 + Double(min($0, 1440) * 60) }
        let messages = feed.entries.compactMap { entry -> InboundMessage? in
            let username = ForumMessage.username(feedAuthor: entry.author)
            if let ourUsername, username?.caseInsensitiveCompare(ourUsername) == .orderedSame { return nil }
            guard !entry.text.isEmpty || !entry.title.isEmpty else {
                logger.notice("an empty forum entry was skipped")
                return nil
            }
            let location = entry.location.flatMap { try? GeoPoint(latitude: $0.latitude, longitude: $0.longitude) }
            return ForumMessage.message(
                key: ForumPostKey(link: entry.link), fallbackID: entry.id, replyTo: nil, username: username,
                title: entry.title.isEmpty ? nil : entry.title, text: entry.text.isEmpty ? entry.title : entry.text,
                // The public feed lists no private messages.
                photos: entry.enclosureImages, location: location, publicPost: true, sentAt: entry.published, raw: nil,
                rawType: "application/xml")
        }
        // Oldest first, as the citizens wrote them.
        let ordered = messages.sorted { ($0.sentAt ?? .distantPast) < ($1.sentAt ?? .distantPast) }
        return FeedPage(messages: ordered, cursor: validators.cursor ?? "{}")
    }
}
