import AspirasiCore
import Foundation
import Logging
import PostgresNIO

extension CitizenDataStore {
    /// Erases the citizen `contact` names, in one transaction. Their identities
    /// go; their messages keep only channel, time, outcome and report; reports
    /// they made lose their words (title, description, address), their exact
    /// point (rounded to about 100 m) and their reporter, and keep status,
    /// category, kelurahan and dates; photos they sent are deleted; deliveries
    /// addressed to them lose recipient, thread and note, and those not yet
    /// sent are cancelled. Raw payloads of other messages that quote them (a
    /// provider's batch) are cleared too. Each touched report gets an internal
    /// `citizen_erased` event, and the request is recorded in `citizen_erasures`:
    /// who asked and the counts, never whom it was about. Running it again
    /// finds nothing and changes nothing.
    public func erase(_ contact: CitizenContact, by requester: ErasureRequester, logger: Logger = .silent)
        async throws -> ErasureSummary
    {
        let summary = try await client.transaction(logger: logger) { db -> ErasureSummary in
            let identities = try await identities(contact, db, lock: true, logger)
            let summary = identities.isEmpty ? .nothing : try await erase(identities, by: requester, db, logger)
            try await db.execute(
                """
                INSERT INTO citizen_erasures (requested_by, identities, messages, reports, deliveries)
                VALUES (\(requester.recordedAs), \(summary.identities), \(summary.messages), \(summary.reports),
                        \(summary.deliveries))
                """, logger: logger)
            return summary
        }
        logger.notice(
            "citizen data erased",
            metadata: [
                "requested_by": "\(requester.recordedAs)", "identities": "\(summary.identities)",
                "messages": "\(summary.messages)", "reports": "\(summary.reports)",
                "deliveries": "\(summary.deliveries)", "cancelled": "\(summary.cancelledDeliveries)",
            ])
        return summary
    }

    private func erase(
        _ identities: [Identity], by requester: ErasureRequester, _ db: PostgresConnection, _ logger: Logger
    ) async throws -> ErasureSummary {
        let ids = identities.map(\.id)
        try await clearQuotingPayloads(identities, db, logger)
        let deliveries = try await db.first(
            """
            WITH changed AS (
                UPDATE deliveries SET state = CASE WHEN state = 'sent' THEN state ELSE 'cancelled' END,
                       recipient = '', identity_id = NULL, thread_key = NULL, payload = payload - 'note',
                       last_error = NULL, provider_id = NULL, idempotency_key = 'erased:' || id,
                       claimed_by = CASE WHEN state = 'sent' THEN claimed_by END, claimed_until = NULL
                WHERE identity_id = ANY(\(ids)::int8[])
                RETURNING state
            )
            SELECT count(*), count(*) FILTER (WHERE state = 'cancelled') FROM changed
            """, as: (Int, Int).self, logger: logger)
        // A fresh random external id: the provider's (a tweet id, a Message-ID) would lead back to the citizen.
        let messages = try await db.first(
            """
            WITH erased AS (
                UPDATE inbound_messages SET identity_id = NULL, text = \(Self.erasedText), photos = '[]',
                       location = NULL, thread_key = NULL, in_reply_to = NULL, raw_payload = NULL,
                       raw_cleared_at = COALESCE(raw_cleared_at, now()), external_id = 'erased:' || gen_random_uuid()
                WHERE identity_id = ANY(\(ids)::int8[])
                RETURNING id, report_id
            ), photos AS (
                DELETE FROM report_photos WHERE source = 'citizen' AND message_id IN (SELECT id FROM erased)
                RETURNING id
            )
            SELECT (SELECT count(*) FROM erased), (SELECT count(*) FROM photos),
                   ARRAY(SELECT DISTINCT report_id FROM erased WHERE report_id IS NOT NULL)
            """, as: (Int, Int, [Int]).self, logger: logger)
        let reports = try await db.first(
            """
            WITH reported AS (
                UPDATE reports SET reporter_identity_id = NULL, title = NULL, description = \(Self.erasedText),
                       address_text = NULL, location = ST_SnapToGrid(location, 0.001), updated_at = now(),
                       version = version + 1
                WHERE reporter_identity_id = ANY(\(ids)::int8[])
                RETURNING id
            ), followed AS (
                DELETE FROM report_followers WHERE identity_id = ANY(\(ids)::int8[]) RETURNING report_id
            ), touched AS (
                SELECT id FROM reported UNION SELECT report_id FROM followed
                UNION SELECT unnest(\(messages?.2 ?? [])::int8[])
            ), event AS (
                INSERT INTO report_events (report_id, kind, actor_kind, actor_id, public)
                SELECT id, 'citizen_erased', \(requester.actorKind), \(requester.actorID), false FROM touched
                RETURNING id
            )
            SELECT count(*) FROM event
            """, as: Int.self, logger: logger)
        try await db.execute("DELETE FROM contact_identities WHERE id = ANY(\(ids)::int8[])", logger: logger)
        try await db.execute(
            """
            DELETE FROM contacts c WHERE c.id = ANY(\(identities.map(\.contactID))::int8[])
              AND NOT EXISTS (SELECT 1 FROM contact_identities i WHERE i.contact_id = c.id)
            """, logger: logger)
        return ErasureSummary(
            identities: identities.count, messages: messages?.0 ?? 0, reports: reports ?? 0,
            deliveries: deliveries?.0 ?? 0, cancelledDeliveries: deliveries?.1 ?? 0, photos: messages?.1 ?? 0)
    }

    /// A provider may put several citizens' messages in one webhook body or page (X, Facebook), stored
    /// whole with each message: any raw payload of the citizen's channels that holds one of their handles,
    /// names or message ids is cleared, whoever's message it belongs to.
    private func clearQuotingPayloads(_ identities: [Identity], _ db: PostgresConnection, _ logger: Logger)
        async throws
    {
        let ids = identities.map(\.id)
        let channels = identities.map(\.channel)
        let needles = identities.map(\.handle) + identities.compactMap(\.displayName)
        try await db.execute(
            """
            WITH needle AS (
                SELECT DISTINCT convert_to(n, 'UTF8') AS bytes FROM (
                    SELECT unnest(\(needles)::text[]) AS n
                    UNION ALL SELECT external_id FROM inbound_messages WHERE identity_id = ANY(\(ids)::int8[])
                ) given
                WHERE length(n) >= 4
            )
            UPDATE inbound_messages m SET raw_payload = NULL, raw_cleared_at = now()
            WHERE m.raw_payload IS NOT NULL AND m.channel = ANY(\(channels)::text[])
              AND EXISTS (SELECT 1 FROM needle WHERE position(needle.bytes IN m.raw_payload) > 0)
            """, logger: logger)
    }
}

extension ErasureRequester {
    var actorKind: String {
        switch self {
        case .officer: "officer"
        case .commandLine: "system"
        }
    }

    var actorID: String? {
        switch self {
        case .officer(let id): String(id)
        case .commandLine: nil
        }
    }
}
