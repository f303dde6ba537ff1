import AspirasiStore
import AspirasiTestSupport
import PostgresNIO
import Testing

/// The outbox's one key scheme (migration 0035): the keys rows already carry keep their spelling, and a
/// missing part never yields a key that could match another delivery.
@Suite struct OutboxKeyTests {
    @Test func keysKeepTheirSpellingAndRefuseAMissingPart() async throws {
        try await withFreshDatabase { client in
            let spelled = try await client.count(
                """
                SELECT count(*) FROM (VALUES
                    (aspirasi_delivery_key('ack', 'sms', '+6281234') = 'ack:sms:+6281234'),
                    (aspirasi_delivery_key('forward', 'lapor', '42') = 'forward:lapor:42'),
                    (aspirasi_delivery_key('event', '7', 'identity', '3') = 'event:7:identity:3'),
                    (aspirasi_delivery_key('digest', '2025-10', 'contact', '5') = 'digest:2025-10:contact:5'),
                    (aspirasi_delivery_key('event', '7', 'contact', NULL) IS NULL),
                    (aspirasi_delivery_key(NULL, '7') IS NULL)
                ) AS checks(ok) WHERE ok
                """)
            #expect(spelled == 6)
        }
    }

    @Test func everyDeliveryInsertGoesThroughTheOneInsert() async throws {
        // A row enqueued with the shared fragment and a key already present is nothing, not an error.
        try await withFreshDatabase { client in
            let insert = """
                \(OutboxEnqueue.insert)
                SELECT NULL::int8, NULL::int8, 'email', 'a@example.go.id', NULL::int8, NULL::int8, NULL::text,
                       'notification', '{"template": "digest"}'::jsonb,
                       aspirasi_delivery_key('digest', '2025-10', 'contact', '1'), NULL::text
                \(OutboxEnqueue.onConflict)
                """
            _ = try await client.query(PostgresQuery(unsafeSQL: insert))
            _ = try await client.query(PostgresQuery(unsafeSQL: insert))
            #expect(
                try await client.count(
                    "SELECT count(*) FROM deliveries WHERE idempotency_key = 'digest:2025-10:contact:1'") == 1)
        }
    }
}
