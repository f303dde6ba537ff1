import AspirasiCore
import Foundation
import Logging
import PostgresNIO

/// The intake transaction for a batch of messages: record each exactly once,
/// then make it a comment or a dispute on the report it answers, or a new
/// report. The caller owns the transaction; nothing here commits.
public struct IntakeStore: Sendable {
    public let catalog: IntakeCatalog
    /// The learned model beside the keyword rules; without a model, the rules alone.
    public let learned: LearnedClassifier
    /// Whether a report outside the province is forwarded to SP4N-LAPOR! or refused.
    public let outsideArea: OutsideAreaPolicy

    public init(
        catalog: IntakeCatalog, learned: LearnedClassifier = LearnedClassifier(),
        outsideArea: OutsideAreaPolicy = OutsideAreaPolicy()
    ) {
        self.catalog = catalog
        self.learned = learned
        self.outsideArea = outsideArea
    }

    /// Handles `messages` in order on `db` and returns one result each.
    ///
    /// The batch is cut into rounds of messages that do not depend on each
    /// other (see `IntakeRounds`); each round is recorded by one statement and
    /// its new reports inserted by another, whatever its size.
    public func process(_ messages: [InboundMessage], on db: PostgresConnection, logger: Logger) async throws
        -> [IntakeResult]
    {
        // Channels pass on what citizens wrote, NULs and all; PostgreSQL's text refuses U+0000, and
        // refusing the message would lose it (the HTTP intake refuses them before, naming the field).
        let messages = messages.map { $0.storable() }
        // For this transaction only, two planner settings (see DESIGN.md, "Performance and scale"):
        // - Generic plans. Each report's rows are checked by foreign keys to the month-partitioned reports and
        //   events, and under the default mode PostgreSQL plans such a check anew for every row (a generic plan
        //   spans every partition and is priced above a custom one): 60 µs a check against 17 µs generic, over
        //   29 partitions. The intake's own statements gain nothing from custom plans: their values come in
        //   arrays the planner cannot see into.
        // - No sequential scans. The intake reaches rows by key only, and a month's partition starts empty: a
        //   plan made before its first ANALYZE (kept for the connection until then) read the whole partition
        //   once per round to link messages to their reports.
        try await db.execute(
            "SELECT set_config('plan_cache_mode', 'force_generic_plan', true), set_config('enable_seqscan', 'off', true)",
            logger: logger)
        // Classified once: the record statement searches duplicates of this category, the new report carries it.
        let classifier = learned.classifier(rules: catalog.classifier)
        let started = ContinuousClock.now
        let classifications = messages.map { classify($0, with: classifier) }
        // Timed over the batch, counted by the messages the classifier read (a channel's category costs nothing).
        learned.timed?(messages.count { channelCategory($0) == nil }, ContinuousClock.now - started)
        let items = zip(messages, classifications).map { IntakeRounds.Item(message: $0, category: $1.category) }
        let radius = { (code: String) in catalog.categories[code]?.duplicateRadiusMeters ?? 100 }
        var results = [IntakeResult?](repeating: nil, count: messages.count)
        for round in IntakeRounds.split(items, radius: radius) {
            let recorded = try await record(round.map { items[$0] }, db, logger)
            var planned: [(index: Int, report: PlannedReport)] = []
            for (index, recorded) in zip(round, recorded) {
                let message = messages[index]
                guard let recorded else {
                    results[index] = try await previousResult(of: message, db, logger)
                    continue
                }
                if let target = try await threadTarget(of: message, author: recorded.identityID, db, logger) {
                    results[index] = try await attach(message, recorded, to: target, db, logger)
                    continue
                }
                let report = plan(message, recorded, classification: classifications[index])
                planned.append((index, report))
            }
            let trackingNumbers = try await insertReports(planned.map(\.report), db, logger)
            for ((index, report), trackingNumber) in zip(planned, trackingNumbers) {
                results[index] = report.result(trackingNumber: trackingNumber, catalog: catalog)
            }
        }
        return try results.map { result in
            guard let result else { throw StoreError(.unavailable, "the intake left a message without a result") }
            return result
        }
    }

    struct Recorded {
        let messageID: Int
        let identityID: Int
        /// The kelurahan holding the message's point (or within the edge tolerance of it), if any.
        let kelurahan: String?
        /// The nearest open report of the same category near that point, if any.
        let duplicate: (id: Int, trackingNumber: String)?
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
enum InsertReportsShape {}
