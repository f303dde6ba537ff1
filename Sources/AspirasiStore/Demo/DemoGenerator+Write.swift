import Logging
import PostgresNIO

extension DemoGenerator {
    /// The chunk's rows, in the shapes the intake, the workflow, the SLA worker and the outbox write.
    func write(now: Double, province: String, deliveries: Bool, _ db: PostgresConnection, _ logger: Logger)
        async throws
    {
        try await settle(now: now, province: province, db, logger)
        // Who hears of a report: its reporter, and the reporters of its duplicates from when they wrote.
        try await db.execute(
            """
            CREATE TEMP TABLE fol ON COMMIT DROP AS
            SELECT DISTINCT ON (report_id, identity_id) * FROM (
                SELECT r.id AS report_id, r.identity_id, 'reporter' AS role, r.external_id AS thread_key,
                       r.created AS since, r.channel, r.handle, 0 AS rank
                FROM r
                UNION ALL
                SELECT d.parent, c.identity_id, 'follower', c.external_id, c.created, c.channel, c.handle, 1
                FROM dup d JOIN r c ON c.id = d.child
            ) x ORDER BY report_id, identity_id, rank
            """, logger: logger)
        try await db.execute("CREATE INDEX ON fol (report_id)", logger: logger)
        try await writeReports(now: now, province: province, db, logger)
        try await writeMessagesAndEvents(db, logger)
        if deliveries { try await writeDeliveries(now: now, db, logger) }
    }

    private func writeReports(now: Double, province: String, _ db: PostgresConnection, _ logger: Logger) async throws {
        try await db.execute(
            """
            INSERT INTO reports (id, tracking_number, channel, category_code, category_confidence, status, reject_reason,
                                 title, description, location, address_text, kelurahan_code, owner_unit, handler_unit,
                                 duplicate_of, reporter_identity_id, needs_triage, reported_at, created_at, updated_at,
                                 status_changed_at, closed_at, version, sla_cycle, sla_started_at, responded_at,
                                 first_responded_at, response_due_at, completion_due_at, sla_check_at, confidential)
            SELECT r.id, r.tracking_number, r.channel, r.category, r.confidence, f.status,
                   CASE WHEN f.status = 'ditolak' THEN f.reason END,
                   CASE WHEN r.titled THEN r.category_title
                                           || CASE WHEN r.mode = 'text' THEN ' di Kel. ' || r.kel_name ELSE '' END END,
                   r.description,
                   CASE WHEN r.lon IS NOT NULL THEN ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326) END,
                   CASE WHEN r.channel = 'app' AND r.mode = 'gps' THEN r.street || ', ' || r.kel_name END,
                   CASE f.owner WHEN 'kel' THEN r.kel_code END,
                   CASE f.owner WHEN 'kel' THEN r.kel_code WHEN 'province' THEN \(province) END,
                   CASE f.handler WHEN 'owner' THEN CASE f.owner WHEN 'kel' THEN r.kel_code WHEN 'province' THEN \(province) END
                                  WHEN 'agency' THEN ag.agency END,
                   r.parent, r.identity_id, r.class IN ('triage', 'lainnya') AND NOT f.cleared,
                   to_timestamp(r.created), to_timestamp(r.created), to_timestamp(coalesce(f.acted, r.created)),
                   to_timestamp(coalesce(f.status_changed, r.created)), to_timestamp(f.closed), f.version, f.cycle,
                   to_timestamp(f.started), to_timestamp(f.responded), to_timestamp(f.responded), to_timestamp(sla.response_due),
                   to_timestamp(sla.completion_due), CASE WHEN f.closed IS NULL THEN to_timestamp(sla.next_check) END,
                   -- LAPOR! lets a citizen ask to stay unpublished.
                   r.channel = 'lapor' AND r.r_extra > 0.97
            FROM r JOIN f ON f.id = r.id LEFT JOIN sla ON sla.id = r.id
            LEFT JOIN aspirasi_demo.agency ag ON ag.category = r.category AND ag.kota = r.kota
            ORDER BY r.id
            """, logger: logger)
    }

    private func writeMessagesAndEvents(_ db: PostgresConnection, _ logger: Logger) async throws {
        try await db.execute(
            """
            INSERT INTO inbound_messages (id, channel, external_id, thread_key, in_reply_to, identity_id, text, location,
                                          photos, provider_time, received_at, report_id, outcome)
            SELECT r.message_id, r.channel, r.external_id,
                   CASE WHEN r.channel IN ('twitter', 'qlue', 'lapor', 'forum') THEN r.external_id END, NULL,
                   r.identity_id, r.description,
                   CASE WHEN r.lon IS NOT NULL THEN ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326) END,
                   CASE WHEN r.r_photo < r.p_photo AND r.url_photos
                        THEN jsonb_build_array('https://media.example.net/demo/' || r.id || '.jpg') ELSE '[]'::jsonb END,
                   to_timestamp(r.created), to_timestamp(r.created), r.id, f.outcome
            FROM r JOIN f ON f.id = r.id
            UNION ALL
            SELECT e.message_id, r.channel, e.message_external_id,
                   CASE WHEN r.channel IN ('twitter', 'qlue', 'lapor', 'forum') THEN e.message_external_id END,
                   r.external_id, r.identity_id, e.message_text, NULL, '[]'::jsonb, to_timestamp(e.at),
                   to_timestamp(e.at), e.report_id, e.message_outcome
            FROM evi e JOIN r ON r.id = e.report_id WHERE e.kind IN ('commented', 'reopened')
            """, logger: logger)
        try await db.execute(
            """
            INSERT INTO report_events (id, report_id, kind, status_after, actor_kind, actor_id, public, data, occurred_at)
            SELECT id, report_id, kind, status_after, actor_kind, actor_id, public, data, to_timestamp(at)
            FROM evi ORDER BY id
            """, logger: logger)
        try await db.execute(
            """
            INSERT INTO report_escalations (report_id, cycle, deadline, level, due_at, event_id, escalated_at)
            SELECT e.report_id, f.cycle, e.deadline, e.level, to_timestamp(e.due), e.id, to_timestamp(e.at)
            FROM evi e JOIN f ON f.id = e.report_id WHERE e.kind = 'escalated'
            """, logger: logger)
        // The citizen's photo came with the message (fetched by the photo worker when it was a link); a
        // follow-up proof was uploaded by the officer a few minutes before completing.
        try await db.execute(
            """
            INSERT INTO report_photos (report_id, source, original_url, message_id, created_at, content_type, bytes,
                                       byte_size, sha256, fetch_attempts, fetch_after)
            SELECT r.id, 'citizen', CASE WHEN r.url_photos THEN 'https://media.example.net/demo/' || r.id || '.jpg' END,
                   r.message_id, to_timestamp(r.created), i.content_type, i.bytes, length(i.bytes), i.sha,
                   CASE WHEN r.url_photos THEN 1 ELSE 0 END, to_timestamp(r.created)
            FROM r JOIN aspirasi_demo.images i
              ON i.kind = 'citizen' AND i.n = (r.id % (SELECT n FROM aspirasi_demo.counts WHERE kind = 'citizen'))::int
            WHERE r.r_photo < r.p_photo
            """, logger: logger)
        try await db.execute(
            """
            INSERT INTO report_photos (id, report_id, source, created_at, content_type, bytes, byte_size, sha256,
                                       uploaded_by, event_id, fetch_after)
            SELECT e.photo_id, e.report_id, 'officer', to_timestamp(e.at - 300), i.content_type, i.bytes,
                   length(i.bytes), i.sha, e.officer_id, e.id, to_timestamp(e.at - 300)
            FROM evi e JOIN aspirasi_demo.images i
              ON i.kind = 'proof' AND i.n = (e.photo_id % (SELECT n FROM aspirasi_demo.counts WHERE kind = 'proof'))::int
            WHERE e.photo_id IS NOT NULL
            """, logger: logger)
        try await db.execute(
            """
            INSERT INTO report_followers (report_id, identity_id, role, thread_key, since)
            SELECT report_id, identity_id, role, thread_key, to_timestamp(since) FROM fol
            """, logger: logger)
    }

    /// Acknowledgements of the citizens' messages and each public step sent to every follower, in the
    /// states a month of real channels leaves: mostly sent, some retrying, dead or possibly sent. Nothing is
    /// owed on the citizen app's channel: its clients read their reports (`Channel.readsItsOwnAnswers`).
    private func writeDeliveries(now: Double, _ db: PostgresConnection, _ logger: Logger) async throws {
        try await db.execute(
            """
            WITH owed AS (
                SELECT e.report_id, e.id AS event_id, r.channel, r.handle AS recipient, r.identity_id,
                       e.message_external_id AS thread_key, 'ack' AS kind,
                       CASE WHEN e.kind = 'created'
                            THEN jsonb_build_object('template', e.ack, 'tracking_number', r.tracking_number,
                                                    'duplicate_of', p.tracking_number)
                            ELSE jsonb_build_object('template', e.ack, 'tracking_number', r.tracking_number) END AS payload,
                       aspirasi_delivery_key('ack', r.channel::text, e.message_external_id::text) AS idempotency_key,
                       e.at
                FROM evi e JOIN r ON r.id = e.report_id LEFT JOIN r p ON p.id = r.parent
                WHERE e.ack IS NOT NULL AND r.handle <> '' AND r.channel <> 'app'
                UNION ALL
                SELECT e.report_id, e.id, fol.channel, fol.handle, fol.identity_id, fol.thread_key, 'status',
                       jsonb_strip_nulls(jsonb_build_object('template', e.template, 'tracking_number', r.tracking_number,
                                                            'status', e.status_now, 'note', e.public_note,
                                                            'reason', e.reason)),
                       aspirasi_delivery_key('event', e.id::text, 'identity', fol.identity_id::text), e.at
                FROM evi e JOIN r ON r.id = e.report_id JOIN fol ON fol.report_id = e.report_id AND fol.since <= e.at
                WHERE e.tells AND fol.handle <> '' AND fol.channel <> 'app'
            ), fated AS (
                -- What was owed in the last minute is still waiting, and so are the day's five newest (in the
                -- chunk of the last day): an outbox always has its latest few to send, however quiet the hour.
                SELECT owed.*, random() AS u, random() AS u2,
                       CASE WHEN owed.at > \(now) - 60 THEN 'pending'
                            WHEN owed.at > \(now) - 86400 AND row_number() OVER (ORDER BY owed.at DESC) <= 5
                            THEN 'pending'
                            WHEN random() < 0.9 THEN 'sent' WHEN random() < 0.45 THEN 'retrying'
                            WHEN random() < 0.7 THEN 'dead' ELSE 'possibly_sent' END AS fate
                FROM owed
            )
            INSERT INTO deliveries (id, report_id, event_id, channel, recipient, identity_id, thread_key, kind, payload,
                                    state, attempts, due_at, claimed_by, idempotency_key, provider_id, last_error,
                                    created_at, sent_at, provider_status, provider_status_at)
            SELECT aspirasi_month_id(to_timestamp(at), nextval('deliveries_id_seq')),
                   report_id, event_id, channel, recipient, identity_id, thread_key, kind, payload,
                   CASE fate WHEN 'retrying' THEN 'pending' ELSE fate END,
                   CASE fate WHEN 'sent' THEN 1 + (u < 0.05)::int WHEN 'retrying' THEN 1 + floor(u * 4)::int
                             WHEN 'dead' THEN 8 WHEN 'possibly_sent' THEN 1 ELSE 0 END,
                   to_timestamp(CASE fate WHEN 'retrying' THEN \(now) + 60 + u2 * 1800 ELSE at END),
                   CASE WHEN fate = 'sent' THEN 'demo' END, idempotency_key,
                   CASE WHEN fate = 'sent' THEN 'demo-' || channel || '-' || md5(idempotency_key) END,
                   CASE fate
                     WHEN 'retrying' THEN (ARRAY['could not connect: NIOConnectionError',
                                                 'the gateway failed with 503 Service Unavailable',
                                                 channel || ' timed out (408)'])[1 + floor(u2 * 3)::int]
                     WHEN 'dead' THEN CASE WHEN channel = 'sms' THEN 'not a phone number'
                                           ELSE channel || ' refused with 400 Bad Request' END
                     WHEN 'possibly_sent' THEN 'no answer: HTTPClientError' END,
                   to_timestamp(at), CASE WHEN fate = 'sent' THEN to_timestamp(at + 2 + u2 * 20) END,
                   CASE WHEN fate = 'sent' AND channel = 'sms' THEN CASE WHEN u2 < 0.93 THEN 'delivered'
                                                                         ELSE 'undelivered' END END,
                   CASE WHEN fate = 'sent' AND channel = 'sms' THEN to_timestamp(at + 30 + u2 * 60) END
            FROM fated ORDER BY event_id, identity_id
            """, logger: logger)
    }
}
