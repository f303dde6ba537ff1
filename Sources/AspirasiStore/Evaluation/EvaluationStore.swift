import AspirasiCore
import Foundation
import Logging
import PostgresNIO

/// Each month's evaluation figures. The current month's are recomputed from the reports when the stored
/// ones are older than a reader allows (the `EvaluationWorker` keeps them fresh, so readers rarely
/// wait); a closed month's are computed once, on the first call after its end, stored as frozen and
/// from then on only read: several hubs may race to freeze a month, the first write wins and
/// every hub returns what it stored (a trigger refuses any later change).
///
/// With a read database, stored figures are read and live ones computed on the standby (the heavy
/// query, a bounded lag behind); storing them, and computing a month to freeze, use the primary, so
/// a frozen month never misses the reports of its last seconds.
public struct EvaluationStore: Sendable {
    let client: PostgresClient
    let reads: ReadDatabase

    public init(_ client: PostgresClient, reads: ReadDatabase? = nil) {
        self.client = client
        self.reads = reads ?? ReadDatabase(primary: client)
    }

    /// The figures of `month`, or nil for a month that has not begun. `maxAge` is how old (seconds) the
    /// current month's stored figures may be before they are recomputed.
    public func facts(for month: EvaluationMonth, now: Date = Date(), maxAge: Double, logger: Logger)
        async throws -> EvaluationFacts?
    {
        let seconds = now.timeIntervalSince1970
        guard month.start <= seconds else { return nil }
        if let stored = try await reads.read({ try await stored(month, on: $0, logger: logger) }),
            stored.frozen || stored.computedAt >= seconds - maxAge
        {
            return stored
        }
        return try await refresh(month, now: now, logger: logger)
    }

    /// Computes `month` and stores it: frozen when the month is over (unless already frozen, in which
    /// case the frozen figures are returned), live otherwise.
    @discardableResult
    public func refresh(_ month: EvaluationMonth, now: Date = Date(), logger: Logger) async throws
        -> EvaluationFacts
    {
        let freezing = month.end <= now.timeIntervalSince1970
        let started = ContinuousClock.now
        var facts =
            freezing
            ? try await compute(month, now: now, on: client, logger: logger)
            : try await reads.read { try await compute(month, now: now, on: $0, logger: logger) }
        // What a refresh costs as the history grows (bench/evaluation.sh reads it).
        let milliseconds = (ContinuousClock.now - started).inMilliseconds
        logger.debug(
            "evaluation computed",
            metadata: ["month": "\(month)", "freezing": "\(freezing)", "milliseconds": "\(milliseconds)"])
        facts.frozen = freezing
        let text = String(decoding: try JSONEncoder().encode(facts), as: UTF8.self)
        try await client.execute(
            """
            INSERT INTO evaluations (month, facts, computed_at, frozen)
            VALUES (\(month.firstDay.description)::date, \(text)::jsonb, to_timestamp(\(facts.computedAt)), \(facts.frozen))
            ON CONFLICT (month) DO UPDATE SET facts = EXCLUDED.facts, computed_at = EXCLUDED.computed_at,
                                              frozen = EXCLUDED.frozen
            WHERE NOT evaluations.frozen
            """, logger: logger)
        guard facts.frozen else { return facts }
        return try await stored(month, logger: logger) ?? facts
    }

    /// The figures as the reports stand now, without storing them.
    public func compute(_ month: EvaluationMonth, now: Date = Date(), logger: Logger) async throws -> EvaluationFacts {
        try await compute(month, now: now, on: client, logger: logger)
    }

    func compute(_ month: EvaluationMonth, now: Date, on client: PostgresClient, logger: Logger) async throws
        -> EvaluationFacts
    {
        guard
            let text = try await client.first(
                EvaluationSQL.facts(start: month.start, end: month.end), as: String.self, logger: logger)
        else { throw StoreError(.unavailable, "the evaluation query returned no row") }
        let parts = try JSONDecoder().decode(Parts.self, from: Data(text.utf8))
        return EvaluationFacts(
            month: month, computedAt: now.timeIntervalSince1970, frozen: false, units: parts.units,
            agencies: parts.agencies, channels: parts.channels, categories: parts.categories, map: parts.map)
    }

    /// The stored figures of `month`, if any.
    public func stored(_ month: EvaluationMonth, logger: Logger) async throws -> EvaluationFacts? {
        try await stored(month, on: client, logger: logger)
    }

    func stored(_ month: EvaluationMonth, on client: PostgresClient, logger: Logger) async throws -> EvaluationFacts? {
        guard
            let (text, frozen) = try await client.first(
                "SELECT facts::text, frozen FROM evaluations WHERE month = \(month.firstDay.description)::date",
                as: (String, Bool).self, logger: logger)
        else { return nil }
        var facts = try JSONDecoder().decode(EvaluationFacts.self, from: Data(text.utf8))
        facts.frozen = frozen
        return facts
    }

    struct Parts: Decodable {
        var units: [UnitFigures]
        var agencies: [AgencyFigures]
        var channels: [AreaCount]
        var categories: [AreaCount]
        var map: [MapCount]
    }
}
