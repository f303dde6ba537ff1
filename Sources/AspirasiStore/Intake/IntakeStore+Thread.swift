import AspirasiCore
import Logging
import PostgresNIO

extension IntakeStore {
    struct ThreadTarget {
        let reportID: Int
        let trackingNumber: String
        let status: ReportStatus
        let category: String
        let kelurahan: String?
        /// Whether the message's author is the report's reporter, or the reporter of a report linked to it
        /// as a duplicate: the same contact, on any of their channels. Only they dispute and follow.
        let fromReporter: Bool
    }

    /// The report a message answers: one of our messages it replies to, an
    /// earlier message of that report, or a tracking number it quotes. A reply
    /// to a duplicate goes to the report it duplicates. Tracking numbers are public (Open311), so naming
    /// one proves nothing: whether the author is a reporter is read from the contacts.
    func threadTarget(
        of m: InboundMessage, author identityID: Int, _ db: PostgresConnection, _ logger: Logger
    ) async throws -> ThreadTarget? {
        let quoted = TrackingNumber.mentioned(in: [m.title ?? "", m.text].joined(separator: " "))?.rawValue
        // What the message answers, nearest first: In-Reply-To, then the References back to the thread's start.
        let answered = ([m.inReplyTo].compactMap { $0 } + m.references).prefix(20).map { $0 }
        guard !answered.isEmpty || quoted != nil else { return nil }
        let channel = m.channel.rawValue
        let row = try await db.first(
            """
            WITH hit AS (
                SELECT COALESCE(
                    (SELECT d.report_id FROM unnest(\(answered)::text[]) WITH ORDINALITY AS a(id, n)
                       JOIN deliveries d ON d.channel = \(channel) AND d.provider_id = a.id
                      WHERE d.report_id IS NOT NULL ORDER BY a.n LIMIT 1),
                    (SELECT im.report_id FROM unnest(\(answered)::text[]) WITH ORDINALITY AS a(id, n)
                       JOIN inbound_messages im ON im.channel = \(channel) AND im.external_id = a.id
                      WHERE im.report_id IS NOT NULL ORDER BY a.n LIMIT 1),
                    (SELECT id FROM reports WHERE tracking_number = \(quoted))) AS id
            )
            SELECT r.id, r.tracking_number, r.status, r.category_code, r.kelurahan_code,
                   EXISTS (SELECT 1 FROM contact_identities me
                           JOIN contact_identities ci ON ci.contact_id = me.contact_id
                           JOIN report_followers f ON f.identity_id = ci.id AND f.role = 'reporter'
                           JOIN reports linked ON linked.id = f.report_id
                          WHERE me.id = \(identityID) AND me.handle <> ''
                            AND (linked.id = r.id OR linked.duplicate_of = r.id))
            FROM hit JOIN reports first ON first.id = hit.id
            JOIN reports r ON r.id = COALESCE(first.duplicate_of, first.id)
            """, as: (Int, String, String, String, String?, Bool).self, logger: logger)
        guard let row, let status = ReportStatus(rawValue: row.2) else { return nil }
        return ThreadTarget(
            reportID: row.0, trackingNumber: row.1, status: status, category: row.3, kelurahan: row.4,
            fromReporter: row.5)
    }

    /// A comment on `target`, or a dispute that sends a finished report back to the queue. A message
    /// from anyone but a reporter is an internal note: no dispute, no follower, a neutral answer.
    func attach(
        _ m: InboundMessage, _ recorded: Recorded, to target: ThreadTarget, _ db: PostgresConnection, _ logger: Logger
    ) async throws -> IntakeResult {
        let reporter = target.fromReporter
        let disputes =
            reporter && target.status == .selesai && (m.requestsReopen || DisputeDetector.isDispute(m.text))
        let outcome: IntakeResult.Outcome = disputes ? .reopened : (reporter ? .comment : .noted)
        let kind = disputes ? "reopened" : "commented"
        let ackTemplate = (reporter ? (disputes ? MessageTemplate.reopened : .commented) : .noted).name
        let statusAfter: String? = disputes ? ReportStatus.menunggu.rawValue : nil
        let channel = m.channel.rawValue
        let replyable = !m.author.handle.isEmpty && !m.channel.readsItsOwnAnswers
        let attached = ColumnArrays.attachments([m.attachments])
        try await db.run(
            """
            WITH reopened AS (
                UPDATE reports SET status = 'menunggu', reject_reason = NULL, closed_at = NULL,
                       handler_unit = owner_unit, status_changed_at = now(), updated_at = now(), version = version + 1,
                       \(unescaped: ServiceLevelSQL.newCycle)
                WHERE id = \(target.reportID) AND \(disputes) AND status = 'selesai'
                RETURNING id
            ), event AS (
                INSERT INTO report_events (report_id, kind, status_after, actor_kind, actor_id, public, data, request_id)
                VALUES (\(target.reportID), \(kind), \(statusAfter), 'citizen', \(String(recorded.identityID)), \(disputes),
                        jsonb_build_object('message_id', \(recorded.messageID), 'channel', \(channel),
                                           'from_reporter', \(reporter)), \(m.requestID))
                RETURNING id
            ), follower AS (
                -- A reporter (on whichever of their channels) is answered where they last wrote; nobody else follows.
                INSERT INTO report_followers (report_id, identity_id, role, thread_key)
                SELECT \(target.reportID), \(recorded.identityID), 'follower', \(m.threadKey ?? m.externalID)
                WHERE \(reporter)
                ON CONFLICT (report_id, identity_id) DO UPDATE SET thread_key = EXCLUDED.thread_key
            ), ack AS (
                \(unescaped: OutboxEnqueue.insert)
                SELECT \(target.reportID), event.id, \(channel), \(m.author.handle), \(recorded.identityID), NULL::int8,
                       \(m.threadKey ?? m.externalID), 'ack',
                       jsonb_build_object('template', \(ackTemplate), 'tracking_number', \(target.trackingNumber)),
                       aspirasi_delivery_key('ack', \(channel)::text, \(m.externalID)::text), \(m.requestID)::text
                FROM event WHERE \(replyable)
                \(unescaped: OutboxEnqueue.onConflict)
            ), notify AS (
                \(unescaped: OutboxEnqueue.insert)
                SELECT \(target.reportID), event.id, uc.channel, uc.address, NULL::int8, uc.id, NULL::text,
                       'notification',
                       jsonb_build_object('template', \(MessageTemplate.notify(kind).name), 'tracking_number', \(target.trackingNumber)),
                       aspirasi_delivery_key('event', event.id::text, 'contact', uc.id::text), \(m.requestID)::text
                FROM event, reports r JOIN unit_contacts uc
                  ON uc.unit_code IN (r.owner_unit, r.handler_unit) AND uc.active
                WHERE r.id = \(target.reportID)
                \(unescaped: OutboxEnqueue.onConflict)
            ), photos AS (
                INSERT INTO report_photos (report_id, source, original_url, message_id)
                SELECT \(target.reportID), 'citizen', url, \(recorded.messageID) FROM unnest(\(m.photos)::text[]) AS url
            ), attached AS (
                INSERT INTO report_photos (report_id, source, content_type, bytes, byte_size, sha256, message_id)
                SELECT \(target.reportID), 'citizen', a.type, a.bytes, length(a.bytes), sha256(a.bytes), \(recorded.messageID)
                FROM (SELECT type, decode(data, 'base64') AS bytes
                      FROM unnest(\(attached.types)::text[], \(attached.data)::text[]) AS u(type, data)) AS a
            )
            UPDATE inbound_messages SET report_id = \(target.reportID), outcome = \(outcome.rawValue)
            WHERE id = \(recorded.messageID)
            """, logger: logger)
        return IntakeResult(
            outcome: outcome, created: true, trackingNumber: target.trackingNumber,
            status: disputes ? .menunggu : target.status, category: target.category,
            kelurahan: catalog.unitRef(target.kelurahan), duplicateOf: nil)
    }
}
