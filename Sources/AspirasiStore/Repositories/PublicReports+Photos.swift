import Logging
import NIOCore
import PostgresNIO

extension PublicReports {
    /// A published photo: the hub's own copy, never the provider's URL.
    public struct Photo: Sendable {
        public let contentType: String
        public let bytes: ByteBuffer
        /// The photo's SHA-256 (hex): the same bytes always have the same tag.
        public let digest: String
    }

    /// What a report publishes as its photo: a photo the citizen sent with the message that made the
    /// report, once fetched, of a report they posted publicly and did not ask to keep unpublished.
    /// Photos that came later (comments, disputes, anyone quoting the number) and officers' photos never.
    static let publishedPhoto = """
        p.source = 'citizen' AND p.bytes IS NOT NULL AND p.sha256 IS NOT NULL AND r.public_post AND NOT r.confidential
        AND p.message_id IN (SELECT m.id FROM inbound_messages m
                             WHERE m.report_id = r.id AND m.outcome IN ('created', 'duplicate', 'outside_area'))
        """

    /// A photo's public key: its id and the start of its digest, so keys cannot be guessed by counting.
    static let photoKey = "p.id || '-' || left(encode(p.sha256, 'hex'), \(keyDigestLength))"
    static let keyDigestLength = 32

    /// The published photo with this key; nil for any other key (unknown, unpublished, not yet fetched).
    public func photo(key: String, logger: Logger = .silent) async throws -> Photo? {
        guard let (id, digest) = Self.parsePhotoKey(key) else { return nil }
        let row = try await database.first(
            """
            SELECT p.content_type, p.bytes, encode(p.sha256, 'hex')
            FROM report_photos p JOIN reports r ON r.id = p.report_id
            WHERE p.id = \(id) AND starts_with(encode(p.sha256, 'hex'), \(digest))
              AND \(unescaped: Self.publishedPhoto)
            """, as: (String, ByteBuffer, String).self, logger: logger)
        return row.map { Photo(contentType: $0.0, bytes: $0.1, digest: $0.2) }
    }

    /// `<id>-<32 lower-case hex digits>`, or nil.
    static func parsePhotoKey(_ key: String) -> (id: Int, digest: String)? {
        let parts = key.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let id = Int(parts[0]), id > 0, parts[1].count == keyDigestLength,
            parts[1].allSatisfy({ $0.isASCII && $0.isHexDigit && !$0.isUppercase })
        else { return nil }
        return (id, String(parts[1]))
    }
}
