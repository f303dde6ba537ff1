import AspirasiCore
import Foundation
import Logging
import NIOCore
import PostgresNIO

extension IntakeStore {
    /// Inserts a round's messages and their authors' identities; nil for a
    /// message that was seen before. One statement for the whole round.
    ///
    /// Points are located in memory first (`KelurahanIndex`, edge tolerance
    /// included); the same statement looks for an open duplicate of the
    /// message's category near each located point, which a new report needs. A
    /// reply or a repeat simply ignores those answers. Rounds never hold the same
    /// message twice (`IntakeRounds`), so the answer for a message is found by
    /// its row number.
    func record(_ items: [IntakeRounds.Item], _ db: PostgresConnection, _ logger: Logger) async throws
        -> [Recorded?]
    {
        let messages = items.map(\.message)
        let channels = messages.map(\.channel.rawValue)
        let handles = messages.map(\.author.handle)
        // One citizen across channels: an identity whose phone or e-mail another identity has joins its contact.
        let contactKeys = messages.map { ContactKey.of(channel: $0.channel.rawValue, handle: $0.author.handle) ?? "" }
        let names = messages.map { ColumnArrays.text($0.author.displayName) }
        let externalIDs = messages.map(\.externalID)
        let threadKeys = messages.map { ColumnArrays.text($0.threadKey) }
        let replyTo = messages.map { ColumnArrays.text($0.inReplyTo) }
        let texts = messages.map(\.text)
        let requestIDs = messages.map { ColumnArrays.text($0.requestID) }
        let lons = messages.map { ColumnArrays.number($0.location?.longitude) }
        let lats = messages.map { ColumnArrays.number($0.location?.latitude) }
        let sentAt = messages.map { ColumnArrays.epochSeconds($0.sentAt) }
        // The one place every channel's raw payload passes on its way to the table: no credential is stored.
        let raw = messages.map { m in
            ByteBuffer(
                bytes: m.rawPayload.flatMap { RawPayloadRedactor.redact($0, contentType: m.rawContentType) } ?? Data())
        }
        let rawTypes = messages.map { ColumnArrays.text($0.rawContentType) }
        let categories = items.map(\.category)
        let kelurahans = messages.map { m in
            m.location.flatMap { $0.isNullIsland ? nil : catalog.areas.kelurahan(at: $0) } ?? ""
        }
        let photos = ColumnArrays.photos(messages.map(\.photos))
        let rows = try await db.allPrepared(
            """
            WITH input AS (
                SELECT * FROM unnest(\(channels)::text[], \(handles)::text[], \(names)::text[], \(externalIDs)::text[],
                                     \(threadKeys)::text[], \(replyTo)::text[], \(texts)::text[], \(lons)::float8[],
                                     \(lats)::float8[], \(sentAt)::float8[], \(raw)::bytea[], \(rawTypes)::text[],
                                     \(categories)::text[], \(contactKeys)::text[], \(requestIDs)::text[],
                                     \(kelurahans)::text[])
                    WITH ORDINALITY AS u(channel, handle, display_name, external_id, thread_key, in_reply_to, body,
                                         lon, lat, sent_at, raw, raw_type, category, contact_key, request_id,
                                         kelurahan, ord)
            ), photo AS (
                SELECT * FROM unnest(\(photos.rows)::int8[], \(photos.urls)::text[]) WITH ORDINALITY AS p(ord, url, n)
            ), handles AS (
                SELECT DISTINCT ON (channel, handle) channel, handle, NULLIF(display_name, '') AS display_name,
                       contact_key
                FROM input ORDER BY channel, handle, ord
            ), existing AS (
                SELECT ci.id, ci.channel, ci.handle
                FROM contact_identities ci JOIN handles h ON ci.channel = h.channel AND ci.handle = h.handle
            ), missing AS (
                -- Ids drawn here so each new identity knows its contact without a second lookup; an identity
                -- with the phone or e-mail of a known one joins that contact (COALESCE draws no id then).
                SELECT COALESCE(linked.contact_id, nextval('contacts_id_seq')) AS contact_id,
                       linked.contact_id IS NULL AS fresh, h.*
                FROM handles h
                LEFT JOIN LATERAL (SELECT ci.contact_id FROM contact_identities ci
                                   WHERE h.contact_key <> '' AND ci.contact_key = h.contact_key
                                   ORDER BY ci.id LIMIT 1) linked ON true
                WHERE NOT EXISTS (SELECT 1 FROM existing e WHERE e.channel = h.channel AND e.handle = h.handle)
            ), new_contact AS (
                INSERT INTO contacts (id, display_name) SELECT contact_id, display_name FROM missing WHERE fresh
            ), new_identity AS (
                INSERT INTO contact_identities (contact_id, channel, handle, display_name, contact_key)
                SELECT contact_id, channel, handle, display_name, NULLIF(contact_key, '') FROM missing
                ON CONFLICT (channel, handle) DO UPDATE SET last_seen_at = now()
                RETURNING id, channel, handle
            ), identity AS (
                SELECT * FROM existing UNION ALL SELECT * FROM new_identity
            ), inserted AS (
                INSERT INTO inbound_messages (channel, external_id, thread_key, in_reply_to, identity_id, text, location,
                                              photos, provider_time, raw_payload, raw_content_type, request_id)
                SELECT i.channel, i.external_id, NULLIF(i.thread_key, ''), NULLIF(i.in_reply_to, ''), identity.id,
                       i.body,
                       CASE WHEN i.lon = 'NaN' THEN NULL ELSE ST_SetSRID(ST_MakePoint(i.lon, i.lat), 4326) END,
                       COALESCE((SELECT jsonb_agg(p.url ORDER BY p.n) FROM photo p WHERE p.ord = i.ord), '[]'::jsonb),
                       to_timestamp(NULLIF(i.sent_at, 'NaN')), NULLIF(i.raw, ''::bytea), NULLIF(i.raw_type, ''),
                       NULLIF(i.request_id, '')
                FROM input i JOIN identity ON identity.channel = i.channel AND identity.handle = i.handle
                ORDER BY i.ord
                ON CONFLICT DO NOTHING
                RETURNING id, channel, external_id, identity_id, location
            )
            SELECT i.ord, inserted.id, inserted.identity_id, NULLIF(i.kelurahan, ''), dup.id, dup.tracking_number
            FROM inserted
            JOIN input i ON i.channel = inserted.channel AND i.external_id = inserted.external_id
            LEFT JOIN LATERAL aspirasi_open_duplicate(i.category, inserted.location) dup ON i.kelurahan <> ''
            """, shape: RecordShape.self, as: (Int, Int, Int, String?, Int?, String?).self, logger: logger)
        var recorded = [Recorded?](repeating: nil, count: items.count)
        for row in rows where (1...items.count).contains(row.0) {
            let duplicate = row.4.flatMap { id in row.5.map { (id: id, trackingNumber: $0) } }
            recorded[row.0 - 1] = Recorded(messageID: row.1, identityID: row.2, kelurahan: row.3, duplicate: duplicate)
        }
        return recorded
    }
}
