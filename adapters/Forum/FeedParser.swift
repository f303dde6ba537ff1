import Foundation

/// Parses an RSS 2.0 / RSS 1.0 / Atom document from an untrusted server.
///
/// Order matters for safety: size first, then the byte-level encoding and
/// DOCTYPE scan, and only then XMLParser (itself configured to refuse DTDs).
/// A DTD is never needed by a feed, so refusing it costs nothing and closes
/// XXE and entity-expansion ("billion laughs") attacks before any expansion.
public enum FeedParser {
    /// Larger than any sane feed page; bigger bodies are refused unread.
    public static let maxBytes = 5 * 1024 * 1024
    /// Entries kept per document; the rest are skipped while parsing.
    public static let maxEntries = 500

    public static func parse(_ data: Data) throws(FeedError) -> Feed {
        guard data.count <= maxBytes else { throw .tooLarge }
        try XMLSafetyGuard.check([UInt8](data))
        let root = try XMLTreeReader.read(data, limits: XMLTreeReader.Limits(maxEntries: maxEntries))
        if RSSMapper.accepts(root) { return RSSMapper.feed(root) }
        if AtomMapper.accepts(root) { return AtomMapper.feed(root) }
        throw .notAFeed
    }
}
