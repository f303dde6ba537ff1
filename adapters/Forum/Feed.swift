import Foundation

/// One polled forum feed, already reduced to what intake needs: the poller
/// dedupes on `FeedEntry.id` and honours `ttlMinutes` between polls.
public struct Feed: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case rss
        case atom
    }

    public let kind: Kind
    /// The channel or feed title, for logs and the admin UI.
    public let title: String?
    /// RSS `<ttl>`: how long the publisher asks us to wait before polling again.
    public let ttlMinutes: Int?
    /// In document order (usually newest first), at most `FeedParser.maxEntries`.
    public let entries: [FeedEntry]

    public init(kind: Kind, title: String?, ttlMinutes: Int?, entries: [FeedEntry]) {
        self.kind = kind
        self.title = title
        self.ttlMinutes = ttlMinutes
        self.entries = entries
    }
}

/// A forum post as plain data. Every string is trimmed and bounded so a
/// hostile feed cannot make one report arbitrarily large.
public struct FeedEntry: Sendable, Equatable {
    /// The dedupe key. RSS: `guid`, else `link`, else the fallback below.
    /// Atom: `id`, else the link, else the fallback.
    ///
    /// Fallback: `"title|date"` from the title and the date exactly as written
    /// in the feed (not re-formatted, so it is stable across polls); when both
    /// are missing, the first 200 characters of the text stand in. No hashing:
    /// the package has no crypto and the key is only compared for equality.
    public let id: String
    public let title: String
    /// Absolute http(s) URL of the post; other schemes are dropped.
    public let link: String?
    public let author: String?
    public let published: Date?
    /// Plain text, HTML already converted by `HTMLText.plainText`.
    public let text: String
    public let categories: [String]
    /// Absolute http(s) URLs of attached images, deduplicated, in document order.
    public let enclosureImages: [String]
    public let location: FeedLocation?

    public init(
        id: String, title: String, link: String?, author: String?, published: Date?, text: String,
        categories: [String], enclosureImages: [String], location: FeedLocation?
    ) {
        self.id = id
        self.title = title
        self.link = link
        self.author = author
        self.published = published
        self.text = text
        self.categories = categories
        self.enclosureImages = enclosureImages
        self.location = location
    }
}

/// A WGS84 point from `georss:point` (or W3C `geo:lat`/`geo:long`), kept
/// independent of the core's GeoPoint so this module needs no dependencies.
public struct FeedLocation: Sendable, Equatable {
    public let latitude: Double
    public let longitude: Double

    /// Nil when either coordinate is not finite or out of range.
    public init?(latitude: Double, longitude: Double) {
        guard latitude.isFinite, longitude.isFinite, (-90...90).contains(latitude),
            (-180...180).contains(longitude)
        else { return nil }
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Parses GeoRSS-Simple `"lat lon"`; commas are accepted as separators too
    /// because hand-written feeds use them.
    public init?(georssPoint: String) {
        let parts = georssPoint.split(whereSeparator: { $0 == " " || $0 == "," || $0.isNewline || $0 == "\t" })
        guard parts.count == 2, let latitude = Double(parts[0]), let longitude = Double(parts[1]) else { return nil }
        self.init(latitude: latitude, longitude: longitude)
    }
}
