import AspirasiCore
import Foundation
import Logging
import PostgresNIO

extension IntakeStore {
    /// A new report decided by `plan`, waiting to be inserted with the rest of its round.
    struct PlannedReport {
        let message: InboundMessage
        let recorded: Recorded
        let classification: Classification
        var category: String { classification.category }
        let status: ReportStatus
        let rejectReason: RejectReason?
        let point: GeoPoint?
        let placement: Placement
        let handler: String?
        let needsTriage: Bool
        let duplicateOf: (id: Int, trackingNumber: String)?
        let outcome: IntakeResult.Outcome

        func result(trackingNumber: String, catalog: IntakeCatalog) -> IntakeResult {
            IntakeResult(
                outcome: outcome, created: true, trackingNumber: trackingNumber, status: status, category: category,
                kelurahan: catalog.unitRef(placement.kelurahan), duplicateOf: duplicateOf?.trackingNumber)
        }
    }

    /// One statement for a round's new reports: each report, its first
    /// events, its reporter, the acknowledgement and the officials'
    /// notifications, and its message's link. Returns the tracking numbers in
    /// the order of `reports`.
    func insertReports(_ reports: [PlannedReport], _ db: PostgresConnection, _ logger: Logger) async throws
        -> [String]
    {
        guard !reports.isEmpty else { return [] }
        let c = InsertColumns(reports)
        let forwarding = outsideArea.forwardsToLapor
        let rows = try await db.allPrepared(
            """
            WITH input AS (
                -- Ids drawn up front so every row below can name its report and first event.
                SELECT u.*, aspirasi_next_id('reports_id_seq') AS report_id, aspirasi_next_id('report_events_id_seq') AS event_id,
                       aspirasi_tracking_number(nextval('report_number_seq'), now()) AS tracking_number
                FROM unnest(\(c.messageIDs)::int8[], \(c.identityIDs)::int8[], \(c.channels)::text[],
                            \(c.externalIDs)::text[], \(c.handles)::text[], \(c.categories)::text[],
                            \(c.confidences)::float8[], \(c.statuses)::text[], \(c.rejectReasons)::text[],
                            \(c.titles)::text[], \(c.descriptions)::text[], \(c.lons)::float8[], \(c.lats)::float8[],
                            \(c.addresses)::text[], \(c.kelurahans)::text[], \(c.owners)::text[], \(c.handlers)::text[],
                            \(c.duplicateOf)::int8[], \(c.needsTriage)::bool[], \(c.sentAt)::float8[],
                            \(c.outcomes)::text[], \(c.replyable)::bool[], \(c.replyKeys)::text[],
                            \(c.confidential)::bool[], \(c.publicPost)::bool[], \(c.requestIDs)::text[], \(c.bases)::text[],
                            \(c.acknowledgements)::text[])
                    WITH ORDINALITY AS u(message_id, identity_id, channel, external_id, handle, category, confidence,
                                         status, reject_reason, title, description, lon, lat, address, kelurahan,
                                         owner, handler, duplicate_of, needs_triage, sent_at, outcome, replyable, reply_key,
                                         confidential, public_post, request_id, basis,
                                         ack_template, ord)
                ORDER BY u.ord
            ), report AS (
                INSERT INTO reports (id, tracking_number, channel, category_code, category_confidence, status,
                                     reject_reason, title, description, location, address_text, kelurahan_code,
                                     owner_unit, handler_unit, duplicate_of, reporter_identity_id, needs_triage,
                                     reported_at, closed_at, confidential, public_post, category_basis)
                SELECT report_id, tracking_number, channel, category, confidence::real, status,
                       NULLIF(reject_reason, ''), NULLIF(title, ''), description,
                       CASE WHEN lon = 'NaN' THEN NULL ELSE ST_SetSRID(ST_MakePoint(lon, lat), 4326) END,
                       NULLIF(address, ''), NULLIF(kelurahan, ''), NULLIF(owner, ''), NULLIF(handler, ''),
                       NULLIF(duplicate_of, 0), identity_id, needs_triage,
                       COALESCE(to_timestamp(NULLIF(sent_at, 'NaN')), now()),
                       CASE WHEN status = 'ditolak' THEN now() END, confidential, public_post, basis::jsonb
                FROM input ORDER BY ord
            ), created AS (
                INSERT INTO report_events (id, report_id, kind, status_after, actor_kind, actor_id, public, data,
                                           request_id)
                SELECT event_id, report_id, 'created', status, 'citizen', identity_id::text, true,
                       jsonb_build_object('message_id', message_id, 'outcome', outcome, 'confidence', confidence,
                                          'needs_triage', needs_triage),
                       NULLIF(request_id, '')
                FROM input ORDER BY ord
            ), linked AS (
                INSERT INTO report_events (report_id, kind, actor_kind, public, data, request_id)
                SELECT duplicate_of, 'duplicate_linked', 'system', false,
                       jsonb_build_object('duplicate', tracking_number), NULLIF(request_id, '')
                FROM input WHERE duplicate_of <> 0 ORDER BY ord
            ), reporter AS (
                -- One row per (report, identity): a later message's thread wins, as it would one at a time.
                INSERT INTO report_followers (report_id, identity_id, role, thread_key)
                SELECT DISTINCT ON (report_id, identity_id) report_id, identity_id, role, thread_key
                FROM (SELECT report_id, identity_id, 'reporter' AS role, reply_key AS thread_key, ord FROM input
                      UNION ALL
                      SELECT duplicate_of, identity_id, 'follower', reply_key, ord FROM input
                      WHERE duplicate_of <> 0) f
                ORDER BY report_id, identity_id, ord DESC
                ON CONFLICT (report_id, identity_id) DO UPDATE SET thread_key = EXCLUDED.thread_key
            ), ack AS (
                \(unescaped: OutboxEnqueue.insert)
                SELECT report_id, event_id, channel, handle, identity_id, NULL::int8, reply_key, 'ack',
                       jsonb_build_object('template', ack_template, 'tracking_number', tracking_number,
                                          'duplicate_of', (SELECT d.tracking_number FROM reports d
                                                            WHERE d.id = NULLIF(input.duplicate_of, 0))),
                       aspirasi_delivery_key('ack', channel::text, external_id::text), NULLIF(request_id, '')
                FROM input WHERE replyable AND NOT (\(forwarding)::bool AND outcome = 'outside_area') ORDER BY ord
                \(unescaped: OutboxEnqueue.onConflict)
            ), forward AS (
                -- Outside the province with LAPOR! configured: the report goes on to LAPOR!, and the
                -- citizen hears where once LAPOR! has given its tracking id (OutboxStore.markSent).
                \(unescaped: OutboxEnqueue.insert)
                SELECT report_id, event_id, 'lapor', 'lapor', NULL::int8, NULL::int8, NULL::text, 'forward',
                       jsonb_strip_nulls(jsonb_build_object(
                           'template', \(MessageTemplate.forwardToLapor.name)::text, 'tracking_number', tracking_number,
                           'title', NULLIF(title, ''), 'description', description, 'category', category,
                           'address', NULLIF(address, ''), 'confidential', confidential::text,
                           'lat', CASE WHEN lat = 'NaN' THEN NULL ELSE lat::text END,
                           'lon', CASE WHEN lon = 'NaN' THEN NULL ELSE lon::text END)),
                       aspirasi_delivery_key('forward', 'lapor', report_id::text), NULL::text
                FROM input WHERE \(forwarding)::bool AND outcome = 'outside_area' ORDER BY ord
                \(unescaped: OutboxEnqueue.onConflict)
            ), notify AS (
                \(unescaped: OutboxEnqueue.insert)
                SELECT input.report_id, input.event_id, uc.channel, uc.address, NULL::int8, uc.id, NULL::text,
                       'notification',
                       jsonb_build_object('template', \(MessageTemplate.notify("new_report").name),
                                          'tracking_number', input.tracking_number),
                       aspirasi_delivery_key('event', input.event_id::text, 'contact', uc.id::text),
                       NULLIF(input.request_id, '')
                FROM input JOIN unit_contacts uc
                  ON uc.active AND uc.unit_code IN (NULLIF(input.owner, ''), NULLIF(input.handler, ''))
                WHERE input.status IN ('menunggu', 'disposisi')
                ORDER BY input.ord, uc.id
                \(unescaped: OutboxEnqueue.onConflict)
            ), photos AS (
                INSERT INTO report_photos (report_id, source, original_url, message_id)
                SELECT input.report_id, 'citizen', p.url, input.message_id
                FROM unnest(\(c.photos.rows)::int8[], \(c.photos.urls)::text[]) WITH ORDINALITY AS p(ord, url, n)
                JOIN input ON input.ord = p.ord
                ORDER BY p.n
            ), attached AS (
                INSERT INTO report_photos (report_id, source, content_type, bytes, byte_size, sha256, message_id)
                SELECT input.report_id, 'citizen', a.type, a.bytes, length(a.bytes), sha256(a.bytes), input.message_id
                FROM (SELECT ord, type, decode(data, 'base64') AS bytes, n
                      FROM unnest(\(c.attachments.rows)::int8[], \(c.attachments.types)::text[], \(c.attachments.data)::text[])
                           WITH ORDINALITY AS u(ord, type, data, n)) AS a
                JOIN input ON input.ord = a.ord
                ORDER BY a.n
            ), message AS (
                -- The ids bound as well, so each partition is probed by its index whatever its statistics say
                -- (joined to the input alone, a month's fresh partition was read whole, once per round).
                UPDATE inbound_messages m SET report_id = input.report_id, outcome = input.outcome
                FROM input WHERE m.id = input.message_id AND m.id = ANY(\(c.messageIDs)::int8[])
            )
            SELECT ord, tracking_number FROM input
            """, shape: InsertReportsShape.self, as: (Int, String).self, logger: logger)
        var trackingNumbers = [String?](repeating: nil, count: reports.count)
        for (ord, trackingNumber) in rows where (1...reports.count).contains(ord) {
            trackingNumbers[ord - 1] = trackingNumber
        }
        return try trackingNumbers.map { number in
            guard let number else { throw StoreError(.unavailable, "a report of the round was not inserted") }
            return number
        }
    }
}

/// The planned reports of a round as parameter arrays, one entry per report (see `ColumnArrays`).
private struct InsertColumns {
    let messageIDs: [Int]
    let identityIDs: [Int]
    let channels: [String]
    let externalIDs: [String]
    let handles: [String]
    let categories: [String]
    let confidences: [Double]
    let statuses: [String]
    let rejectReasons: [String]
    let titles: [String]
    let descriptions: [String]
    let lons: [Double]
    let lats: [Double]
    let addresses: [String]
    let kelurahans: [String]
    let owners: [String]
    let handlers: [String]
    let duplicateOf: [Int]
    let needsTriage: [Bool]
    let confidential: [Bool]
    let publicPost: [Bool]
    /// The request that brought each message (`X-Request-Id`); '' when none.
    let requestIDs: [String]
    /// Why each report has its category (`Classification` as JSON).
    let bases: [String]
    let sentAt: [Double]
    let outcomes: [String]
    let replyable: [Bool]
    /// The acknowledgement's template, by outcome.
    let acknowledgements: [String]
    /// Where a reply goes: the message's thread on its channel (a DM conversation), else the message itself.
    let replyKeys: [String]
    let photos: (rows: [Int], urls: [String])
    let attachments: (rows: [Int], types: [String], data: [String])

    init(_ reports: [IntakeStore.PlannedReport]) {
        messageIDs = reports.map(\.recorded.messageID)
        identityIDs = reports.map(\.recorded.identityID)
        channels = reports.map(\.message.channel.rawValue)
        externalIDs = reports.map(\.message.externalID)
        replyKeys = reports.map { $0.message.threadKey ?? $0.message.externalID }
        handles = reports.map(\.message.author.handle)
        categories = reports.map(\.category)
        confidences = reports.map(\.classification.confidence)
        bases = reports.map { $0.classification.json }
        statuses = reports.map(\.status.rawValue)
        rejectReasons = reports.map { ColumnArrays.text($0.rejectReason?.rawValue) }
        titles = reports.map { ColumnArrays.text($0.message.title) }
        descriptions = reports.map { $0.message.text.isEmpty ? ($0.message.title ?? "") : $0.message.text }
        lons = reports.map { ColumnArrays.number($0.point?.longitude) }
        lats = reports.map { ColumnArrays.number($0.point?.latitude) }
        addresses = reports.map { ColumnArrays.text($0.message.addressText) }
        kelurahans = reports.map { ColumnArrays.text($0.placement.kelurahan) }
        owners = reports.map { ColumnArrays.text($0.placement.owner) }
        handlers = reports.map { ColumnArrays.text($0.handler) }
        duplicateOf = reports.map { ColumnArrays.id($0.duplicateOf?.id) }
        needsTriage = reports.map(\.needsTriage)
        confidential = reports.map(\.message.confidential)
        publicPost = reports.map(\.message.publicPost)
        requestIDs = reports.map { ColumnArrays.text($0.message.requestID) }
        sentAt = reports.map { ColumnArrays.epochSeconds($0.message.sentAt) }
        outcomes = reports.map(\.outcome.rawValue)
        acknowledgements = reports.map { MessageTemplate.acknowledgement($0.outcome).name }
        replyable = reports.map { !$0.message.author.handle.isEmpty && !$0.message.channel.readsItsOwnAnswers }
        photos = ColumnArrays.photos(reports.map(\.message.photos))
        attachments = ColumnArrays.attachments(reports.map(\.message.attachments))
    }
}
