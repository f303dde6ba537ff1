import AspirasiCore
import Foundation
import Logging
import PostgresNIO

/// A delivery a worker has claimed and must now send.
public struct ClaimedDelivery: Sendable {
    public let id: Int
    public let channel: String
    public let recipient: String
    public let threadKey: String?
    public let payload: [String: String]
    public let attempts: Int
    public let idempotencyKey: String
    /// The citizen's latest message on this delivery's thread and channel (messaging windows).
    public let citizenLastMessageAt: Date?
    /// The request that brought the message this answers (`X-Request-Id`), for the worker's log.
    public var requestID: String? = nil
}

/// A delivery the provider took, with the id it gave it.
public struct SentDelivery: Sendable, Equatable {
    public let id: Int
    public let providerID: String

    public init(id: Int, providerID: String) {
        self.id = id
        self.providerID = providerID
    }
}

/// The outbox table as the delivery workers use it. Claims take due rows
/// with `FOR UPDATE SKIP LOCKED` and lease them, so any number of workers in
/// any number of hub processes share the work and never take the same row.
/// Every later write names the worker and requires its lease to still hold.
public struct OutboxStore: Sendable {
    let client: PostgresClient

    public init(_ client: PostgresClient) {
        self.client = client
    }

    /// Leases up to `limit` due deliveries of `channels` to `worker` for `leaseSeconds`.
    public func claim(
        worker: String, channels: [String], limit: Int, leaseSeconds: Double, logger: Logger = .silent
    ) async throws -> [ClaimedDelivery] {
        guard !channels.isEmpty else { return [] }
        // A named prepared statement: planned once per connection, not for every round.
        let rows = try await client.allPrepared(
            """
            UPDATE deliveries d
            SET state = 'sending', claimed_by = \(worker), attempts = d.attempts + 1,
                claimed_until = now() + make_interval(secs => \(leaseSeconds)::float8)
            WHERE d.id IN (
                -- The oldest due rows of each open channel first (deliveries_due_channel_idx), then the
                -- oldest of those: a closed or paused channel's backlog is never scanned (migration 0041).
                -- Four times the batch per channel, unlocked, so that workers claiming at the same moment
                -- (each skipping the others' locked rows) still find rows of their own.
                SELECT id FROM deliveries
                WHERE id IN (SELECT due.id FROM unnest(\(channels)::text[]) AS open(channel)
                             CROSS JOIN LATERAL (
                                 SELECT id FROM deliveries
                                 WHERE state = 'pending' AND channel = open.channel AND due_at <= now()
                                 ORDER BY due_at, id LIMIT \(limit * 4)) due)
                  AND state = 'pending' AND due_at <= now()
                ORDER BY due_at, id LIMIT \(limit) FOR UPDATE SKIP LOCKED)
            RETURNING d.id, d.channel, d.recipient, d.thread_key, d.payload::text, d.attempts, d.idempotency_key,
                      (SELECT max(least(m.provider_time, m.received_at)) FROM inbound_messages m
                       WHERE m.channel = d.channel AND m.thread_key = d.thread_key),
                      d.request_id
            """, shape: ClaimShape.self, as: (Int, String, String, String?, String, Int32, String, Date?, String?).self,
            logger: logger)
        var claimed: [ClaimedDelivery] = []
        for (id, channel, recipient, thread, payload, attempts, key, lastMessage, requestID) in rows {
            claimed.append(
                ClaimedDelivery(
                    id: id, channel: channel, recipient: recipient, threadKey: thread,
                    payload: Self.strings(payload), attempts: Int(attempts), idempotencyKey: key,
                    citizenLastMessageAt: lastMessage, requestID: requestID))
        }
        return claimed.sorted { $0.id < $1.id }
    }

    /// Sent, a whole batch in one statement (a worker's round records its sends together rather than one
    /// commit each): the provider's id is kept (replies to it thread back to the report), and `claimed_by`
    /// says who sent it. A report forwarded to SP4N-LAPOR! (a `forward` delivery) records LAPOR!'s tracking
    /// id on the report, a public `forwarded` event, and the message telling the citizen where it went, in
    /// the same statement. Returns the ids recorded: one whose lease this worker no longer holds is not.
    @discardableResult
    public func markSent(_ sent: [SentDelivery], worker: String, logger: Logger = .silent) async throws -> Set<Int> {
        guard !sent.isEmpty else { return [] }
        let (ids, providerIDs) = (sent.map(\.id), sent.map(\.providerID))
        let rows = try await client.allPrepared(
            """
            WITH input AS (
                SELECT * FROM unnest(\(ids)::int8[], \(providerIDs)::text[]) AS u(id, provider_id)
            ), sent AS (
                UPDATE deliveries d SET state = 'sent', provider_id = input.provider_id, sent_at = now(),
                       last_error = NULL, claimed_until = NULL
                FROM input
                -- The ids bound as well, so each partition is probed by its index even while a month's new
                -- partition has no statistics (joined to the input alone, it was scanned once per row).
                WHERE d.id = input.id AND d.id = ANY(\(ids)::int8[]) AND d.claimed_by = \(worker)
                  AND d.state = 'sending'
                RETURNING d.id, d.report_id, d.kind, input.provider_id
            ), forwarded AS (
                UPDATE reports r SET forwarded_to = 'lapor', forwarded_id = sent.provider_id, forwarded_at = now()
                FROM sent WHERE sent.kind = 'forward' AND r.id = sent.report_id
                RETURNING r.id, r.tracking_number, r.forwarded_id
            ), event AS (
                INSERT INTO report_events (report_id, kind, actor_kind, actor_id, public, data)
                SELECT id, 'forwarded', 'integration', 'lapor', true,
                       jsonb_build_object('to', 'lapor', 'tracking_id', forwarded_id)
                FROM forwarded RETURNING id, report_id
            ), told AS (
                \(unescaped: OutboxEnqueue.insert)
                SELECT event.report_id, event.id, ci.channel, ci.handle, ci.id, NULL::int8, f.thread_key, 'ack',
                       jsonb_build_object('template', \(MessageTemplate.forwarded.name),
                                          'tracking_number', forwarded.tracking_number,
                                          'forwarded_id', forwarded.forwarded_id),
                       aspirasi_delivery_key('event', event.id::text, 'identity', ci.id::text), NULL::text
                FROM event JOIN forwarded ON forwarded.id = event.report_id
                JOIN report_followers f ON f.report_id = event.report_id AND f.role = 'reporter'
                JOIN contact_identities ci ON ci.id = f.identity_id
                WHERE ci.handle <> '' AND ci.channel <> \(AspirasiCore.Channel.app.rawValue)
                \(unescaped: OutboxEnqueue.onConflict)
            )
            SELECT id FROM sent
            """, shape: MarkSentShape.self, as: Int.self, logger: logger)
        return Set(rows)
    }

    /// A provider's later report on a delivery of `channel` (an SMSC's DLR).
    /// A final word (delivered, undelivered, rejected, expired, unknown: Kannel's
    /// `KannelDeliveryReport.finalStatuses`) is never overwritten by an earlier
    /// stage ("accepted by the SMSC") that arrives late.
    @discardableResult
    public func recordProviderStatus(
        _ id: Int, channel: String, status: String, logger: Logger = .silent
    ) async throws -> Bool {
        try await client.first(
            """
            UPDATE deliveries SET provider_status = \(status), provider_status_at = now()
            WHERE id = \(id) AND channel = \(channel)
              AND coalesce(provider_status, '') NOT IN ('delivered', 'undelivered', 'rejected_by_smsc', 'expired', 'unknown')
            RETURNING id
            """, as: Int.self, logger: logger) != nil
    }

    /// A provider's later report on a message it took, named by the id it gave the message (WhatsApp's
    /// `statuses`). A status in `keeping` already recorded stays: reports may arrive out of order.
    @discardableResult
    public func recordProviderStatus(
        providerID: String, channel: String, status: String, keeping: [String], logger: Logger = .silent
    ) async throws -> Bool {
        try await client.first(
            """
            UPDATE deliveries SET provider_status = \(status), provider_status_at = now()
            WHERE channel = \(channel) AND provider_id = \(providerID)
              AND coalesce(provider_status, '') <> ALL(\(keeping)::text[])
            RETURNING id
            """, as: Int.self, logger: logger) != nil
    }

    /// The provider may have it: left for an admin, who replays it or not.
    @discardableResult
    public func markPossiblySent(_ id: Int, worker: String, error: String, logger: Logger = .silent) async throws
        -> Bool
    {
        try await finish(
            id, worker: worker,
            """
            UPDATE deliveries SET state = 'possibly_sent', last_error = \(error), claimed_by = NULL, claimed_until = NULL
            WHERE id = \(id) AND claimed_by = \(worker) AND state = 'sending' RETURNING id
            """, logger)
    }

    /// Failed for now: due again after `seconds`.
    @discardableResult
    public func retry(_ id: Int, worker: String, error: String, afterSeconds seconds: Double, logger: Logger = .silent)
        async throws -> Bool
    {
        try await finish(
            id, worker: worker,
            """
            UPDATE deliveries SET state = 'pending', last_error = \(error), claimed_by = NULL, claimed_until = NULL,
                   due_at = now() + make_interval(secs => \(seconds)::float8)
            WHERE id = \(id) AND claimed_by = \(worker) AND state = 'sending' RETURNING id
            """, logger)
    }

    /// A rate limit is no failure of this delivery: its attempt is given back.
    @discardableResult
    public func postpone(_ id: Int, worker: String, until: Date, logger: Logger = .silent) async throws -> Bool {
        try await finish(
            id, worker: worker,
            """
            UPDATE deliveries SET state = 'pending', attempts = attempts - 1, claimed_by = NULL, claimed_until = NULL,
                   due_at = greatest(now(), to_timestamp(\(until.timeIntervalSince1970)::float8)),
                   last_error = 'rate limited'
            WHERE id = \(id) AND claimed_by = \(worker) AND state = 'sending' RETURNING id
            """, logger)
    }

    /// Given up: kept as a dead letter, visible and replayable.
    @discardableResult
    public func deadLetter(_ id: Int, worker: String, error: String, logger: Logger = .silent) async throws -> Bool {
        try await finish(
            id, worker: worker,
            """
            UPDATE deliveries SET state = 'dead', last_error = \(error), claimed_by = NULL, claimed_until = NULL
            WHERE id = \(id) AND claimed_by = \(worker) AND state = 'sending' RETURNING id
            """, logger)
    }

    /// Leases that ran out: their worker died between claim and commit. Channels that
    /// deduplicate by idempotency key get the delivery again; for the others it may
    /// have gone out, so it is marked `possibly_sent` for a person to decide.
    public func releaseExpired(idempotentChannels: [String], logger: Logger = .silent) async throws
        -> (requeued: Int, possiblySent: Int)
    {
        let row = try await client.first(
            """
            WITH expired AS (
                UPDATE deliveries
                SET state = CASE WHEN channel = ANY(\(idempotentChannels)::text[]) THEN 'pending' ELSE 'possibly_sent' END,
                    claimed_by = NULL, claimed_until = NULL,
                    last_error = 'the worker stopped before recording the outcome'
                WHERE id IN (SELECT id FROM deliveries WHERE state = 'sending' AND claimed_until < now()
                             FOR UPDATE SKIP LOCKED)
                RETURNING state
            )
            SELECT count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE state = 'possibly_sent')
            FROM expired
            """, as: (Int, Int).self, logger: logger)
        return (row?.0 ?? 0, row?.1 ?? 0)
    }

    /// Puts a dead (or possibly sent) delivery back in the queue, with fresh attempts.
    /// The units owning and handling the report delivery `id` is about; nil when there is no such
    /// delivery, two nils for a delivery about no report.
    public func reportUnits(ofDelivery id: Int, logger: Logger = .silent) async throws
        -> (owner: String?, handler: String?)?
    {
        try await client.first(
            """
            SELECT r.owner_unit, r.handler_unit FROM deliveries d LEFT JOIN reports r ON r.id = d.report_id
            WHERE d.id = \(id)
            """, as: (String?, String?).self, logger: logger
        ).map { (owner: $0.0, handler: $0.1) }
    }

    public func replay(_ id: Int, logger: Logger = .silent) async throws -> Bool {
        let row = try await client.first(
            """
            UPDATE deliveries SET state = 'pending', attempts = 0, due_at = now(), last_error = NULL
            WHERE id = \(id) AND state IN ('dead', 'possibly_sent') RETURNING id
            """, as: Int.self, logger: logger)
        return row != nil
    }

    /// The newest 200 deliveries in `state` about reports that `units` own or handle (nil: every
    /// delivery, also those about no report).
    public func list(state: String, units: [String]? = nil, logger: Logger = .silent) async throws -> [DeliveryView] {
        var list: [DeliveryView] = []
        for try await row in try await client.query(
            """
            SELECT \(unescaped: DeliveryView.columns) FROM deliveries d
            WHERE state = \(state)
              AND (\(units == nil) OR EXISTS (
                    SELECT 1 FROM reports r WHERE r.id = d.report_id
                    AND (r.owner_unit = ANY(\(units ?? [])::text[]) OR r.handler_unit = ANY(\(units ?? [])::text[]))))
            ORDER BY id DESC LIMIT 200
            """, logger: logger
        ).decode(DeliveryView.Row.self) {
            list.append(DeliveryView(row: row))
        }
        return list
    }

    func finish(_ id: Int, worker: String, _ query: PostgresQuery, _ logger: Logger) async throws -> Bool {
        try await client.first(query, as: Int.self, logger: logger) != nil
    }

    /// The payload's string fields (templates read only strings).
    static func strings(_ json: String) -> [String: String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            return [:]
        }
        return object.compactMapValues { value in
            switch value {
            case let text as String: text
            case let number as NSNumber: number.stringValue
            default: nil
            }
        }
    }
}

/// The outbox's prepared statements (`PreparedQuery`).
enum ClaimShape {}
enum MarkSentShape {}
