import AspirasiCore
import Foundation
import Logging
import PostgresNIO

/// The intake transaction for one message: record it exactly once, then make
/// it a comment or a dispute on the report it answers, or a new report.
/// The caller owns the transaction; nothing here commits.
public struct IntakeStore: Sendable {
    public let catalog: IntakeCatalog

    public init(catalog: IntakeCatalog) {
        self.catalog = catalog
    }

    public func process(_ message: InboundMessage, on db: PostgresConnection, logger: Logger) async throws
        -> IntakeResult
    {
        // Classified once: the record statement searches duplicates of this category, the new report carries it.
        let classification = classify(message)
        guard let recorded = try await record(message, category: classification.0, db, logger) else {
            return try await previousResult(of: message, db, logger)
        }
        if let target = try await threadTarget(of: message, db, logger) {
            return try await attach(message, recorded, to: target, db, logger)
        }
        return try await createReport(message, recorded, classification: classification, db, logger)
    }

    struct Recorded {
        let messageID: Int
        let identityID: Int
        /// The kelurahan containing the message's point, when it has one inside a polygon.
        let kelurahan: String?
        /// The nearest open report of the same category near that point, if any.
        let duplicate: (id: Int, trackingNumber: String)?
    }

    /// Inserts the message and its author's identity; nil when the message was seen before.
    ///
    /// The same statement locates the point and looks for an open duplicate
    /// of `category` near it, which a new report needs: one round trip
    /// instead of three. A reply or a repeat simply ignores those answers.
    func record(_ m: InboundMessage, category: String, _ db: PostgresConnection, _ logger: Logger) async throws
        -> Recorded?
    {
        let channel = m.channel.rawValue
        let lon = m.location?.longitude
        let lat = m.location?.latitude
        let row = try await db.firstPrepared(
            """
            WITH existing AS (
                SELECT id FROM contact_identities WHERE channel = \(channel) AND handle = \(m.author.handle)
            ), new_contact AS (
                INSERT INTO contacts (display_name) SELECT \(m.author.displayName)::text
                WHERE NOT EXISTS (SELECT 1 FROM existing) RETURNING id
            ), new_identity AS (
                INSERT INTO contact_identities (contact_id, channel, handle, display_name)
                SELECT id, \(channel), \(m.author.handle), \(m.author.displayName)::text FROM new_contact
                ON CONFLICT (channel, handle) DO UPDATE SET last_seen_at = now()
                RETURNING id
            ), identity AS (
                SELECT id FROM existing UNION ALL SELECT id FROM new_identity LIMIT 1
            ), inserted AS (
            INSERT INTO inbound_messages (channel, external_id, thread_key, in_reply_to, identity_id, text, location,
                                          photos, provider_time, raw_payload, raw_content_type)
            SELECT \(channel), \(m.externalID), \(m.threadKey)::text, \(m.inReplyTo)::text, identity.id, \(m.text),
                   CASE WHEN \(lon)::float8 IS NULL THEN NULL
                        ELSE ST_SetSRID(ST_MakePoint(\(lon)::float8, \(lat)::float8), 4326) END,
                   to_jsonb(\(m.photos)::text[]), \(m.sentAt)::timestamptz, \(m.rawPayload)::bytea, \(m.rawContentType)::text
            FROM identity
            ON CONFLICT (channel, external_id) DO NOTHING
            RETURNING id, identity_id, location
            ), placed AS (
                SELECT inserted.*,
                       (SELECT unit_code FROM kelurahan_areas a
                         WHERE inserted.location IS NOT NULL AND ST_Intersects(a.geom, inserted.location)
                         ORDER BY unit_code LIMIT 1) AS kelurahan
                FROM inserted
            )
            SELECT placed.id, placed.identity_id, placed.kelurahan, dup.id, dup.tracking_number
            FROM placed
            LEFT JOIN LATERAL aspirasi_open_duplicate(\(category), placed.location) dup
                ON placed.kelurahan IS NOT NULL
            """, shape: RecordShape.self, as: (Int, Int, String?, Int?, String?).self, logger: logger)
        return row.map { row in
            let duplicate = row.3.flatMap { id in row.4.map { (id: id, trackingNumber: $0) } }
            return Recorded(messageID: row.0, identityID: row.1, kelurahan: row.2, duplicate: duplicate)
        }
    }

    /// The answer given the first time this message arrived.
    func previousResult(of m: InboundMessage, _ db: PostgresConnection, _ logger: Logger) async throws
        -> IntakeResult
    {
        let row = try await db.first(
            """
            SELECT m.outcome, r.tracking_number, r.status, r.category_code, r.kelurahan_code, d.tracking_number
            FROM inbound_messages m
            JOIN reports r ON r.id = m.report_id
            LEFT JOIN reports d ON d.id = r.duplicate_of
            WHERE m.channel = \(m.channel.rawValue) AND m.external_id = \(m.externalID)
            """, as: (String?, String, String, String, String?, String?).self, logger: logger)
        guard let row, let status = ReportStatus(rawValue: row.2) else {
            throw StoreError(.unavailable, "message \(m.externalID) was recorded without a report")
        }
        return IntakeResult(
            outcome: row.0.flatMap(IntakeResult.Outcome.init) ?? .created, created: false, trackingNumber: row.1,
            status: status, category: row.3, kelurahan: catalog.unitRef(row.4), duplicateOf: row.5)
    }
}

/// Phantom types naming the intake's prepared statements (see `PreparedQuery`).
enum RecordShape {}
enum DuplicateShape {}
enum InsertReportShape {}
