import AspirasiCore
import Logging
import PostgresNIO

/// The monthly digest: each kelurahan, kecamatan and kota with an active contact gets, through the
/// outbox on each contact's channel, its rank and unresolved count for a closed month. One statement
/// claims the unit's row in `evaluation_digests` and enqueues its messages, so a unit is sent the
/// digest of a month once, however many hubs try at once.
public struct EvaluationDigestStore: Sendable {
    let client: PostgresClient

    public init(_ client: PostgresClient) {
        self.client = client
    }

    /// Sends the digest of `facts` (a closed month) to every unit not yet sent it; returns the messages queued.
    @discardableResult
    public func send(_ facts: EvaluationFacts, logger: Logger) async throws -> Int {
        let ranks = EvaluationRank.all(facts)
        let unresolved = Dictionary(facts.units.map { ($0.code, $0.unresolved) }, uniquingKeysWith: { a, _ in a })
        let codes = Array(unresolved.keys)
        let month = facts.month.description
        let queued = try await client.first(
            """
            WITH figures AS (
                SELECT * FROM unnest(\(codes)::text[], \(codes.map { ranks[$0]?.rank ?? 0 })::int8[],
                                     \(codes.map { ranks[$0]?.of ?? 0 })::int8[],
                                     \(codes.map { ranks[$0].map { Self.percent($0.completionRate) } ?? "" })::text[],
                                     \(codes.map { unresolved[$0] ?? 0 })::int8[])
                    AS f(code, rank, total, rate, unresolved)
            ), claimed AS (
                INSERT INTO evaluation_digests (unit_code, month)
                SELECT DISTINCT uc.unit_code, \(facts.month.firstDay.description)::date
                FROM unit_contacts uc JOIN units u ON u.code = uc.unit_code
                WHERE uc.active AND u.kind IN ('kelurahan', 'kecamatan', 'kota')
                ON CONFLICT (unit_code, month) DO NOTHING
                RETURNING unit_code
            ), queued AS (
                \(unescaped: OutboxEnqueue.insert)
                SELECT NULL::int8, NULL::int8, uc.channel, uc.address, NULL::int8, uc.id, NULL::text, 'notification',
                       jsonb_strip_nulls(jsonb_build_object(
                           'template', \(MessageTemplate.digest.name)::text, 'month', \(month), 'unit', u.name,
                           'rank', CASE WHEN f.rank > 0 THEN f.rank::text END,
                           'of', CASE WHEN f.rank > 0 THEN f.total::text END,
                           'rate', CASE WHEN f.rank > 0 THEN f.rate END,
                           'unresolved', coalesce(f.unresolved, 0)::text)),
                       aspirasi_delivery_key('digest', \(month)::text, 'contact', uc.id::text), NULL::text
                FROM claimed c JOIN unit_contacts uc ON uc.unit_code = c.unit_code AND uc.active
                JOIN units u ON u.code = c.unit_code LEFT JOIN figures f ON f.code = c.unit_code
                \(unescaped: OutboxEnqueue.onConflict)
                RETURNING id
            )
            SELECT count(*) FROM queued
            """, as: Int.self, logger: logger)
        return queued ?? 0
    }

    /// `75%` or `57,1%`, as the digest writes a rate.
    static func percent(_ rate: Double) -> String {
        let tenths = Int((rate * 1000).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10),\(tenths % 10)%"
    }
}
