import AspirasiCore
import Foundation
import Logging
import PostgresNIO

/// The learned category model in PostgreSQL (`classifier_models`): trained
/// from the seed, koordinators' corrections and completed reports, one row per
/// version, newest wins. Any hub may train; an advisory lock lets one at a time.
public struct ClassifierModels: Sendable {
    /// A koordinator's correction counts as this many completed reports: it is a deliberate
    /// judgement about exactly the kind of message the classifier got wrong.
    public static let correctionWeight: Float = 3
    static let trainingLock = "aspirasi.classifier.training"

    let client: PostgresClient

    public init(_ client: PostgresClient) {
        self.client = client
    }

    public struct Stored: Sendable {
        public let version: Int
        public let model: CategoryModel
    }

    public struct TrainingSummary: Sendable {
        public let version: Int
        public let seedExamples: Int
        public let corrections: Int
        public let completed: Int
        public let vocabulary: Int
        public let temperature: Double
        public let milliseconds: Int
    }

    /// The newest version's number, if any model was stored.
    public func latestVersion(logger: Logger = .silent) async throws -> Int? {
        try await client.first("SELECT max(version) FROM classifier_models", as: Int?.self, logger: logger) ?? nil
    }

    /// When the newest version was trained.
    public func latestTrainedAt(logger: Logger = .silent) async throws -> Date? {
        try await client.first("SELECT max(trained_at) FROM classifier_models", as: Date?.self, logger: logger)
            ?? nil
    }

    /// The newest model if it is newer than `version`.
    public func newest(after version: Int?, logger: Logger = .silent) async throws -> Stored? {
        guard
            let (number, bytes) = try await client.first(
                """
                SELECT version, model FROM classifier_models
                WHERE version > \(version ?? 0) ORDER BY version DESC LIMIT 1
                """, as: (Int, ByteBuffer).self, logger: logger)
        else { return nil }
        do {
            return Stored(version: number, model: try CategoryModel(decoding: Array(buffer: bytes)))
        } catch {
            throw StoreError(.unavailable, "classifier model \(number) is unreadable: \(error)")
        }
    }

    /// Trains a new version from the seed and every labelled report, stores it and returns what it
    /// learned from; nil when another hub is training at this moment.
    @discardableResult
    public func train(categories: [IntakeCatalog.Category], logger: Logger = .silent) async throws
        -> TrainingSummary?
    {
        try await client.withTransaction(logger: logger) { db in
            let locked = try await db.first(
                "SELECT pg_try_advisory_xact_lock(hashtext(\(Self.trainingLock)))", as: Bool.self, logger: logger)
            guard locked == true else { return nil }
            return try await Self.train(categories: categories, on: db, logger: logger)
        }
    }

    /// Stores the seed-only model when no version exists yet, so that the first hub of a new
    /// database and every hub after it classify alike.
    public func ensureModel(categories: [IntakeCatalog.Category], logger: Logger = .silent) async throws {
        guard try await latestVersion(logger: logger) == nil else { return }
        try await train(categories: categories, logger: logger)
    }

    static func train(categories: [IntakeCatalog.Category], on db: PostgresConnection, logger: Logger)
        async throws -> TrainingSummary
    {
        let started = ContinuousClock.now
        var training = CategoryModelTraining(categories: categories.map(\.code))
        let seed = ClassifierSeed.examples(categories: categories)
        for example in seed { training.add(example.text, category: example.category) }
        var corrections = 0
        var completed = 0
        let rows = try await db.query(
            """
            SELECT r.category_code, coalesce(r.title || ' ', '') || r.description,
                   EXISTS (SELECT 1 FROM report_events e WHERE e.report_id = r.id AND e.kind = 'recategorised')
            FROM reports r
            WHERE r.category_code <> \(Classifier.fallbackCategory)
              AND (r.status = 'selesai'
                   OR EXISTS (SELECT 1 FROM report_events e WHERE e.report_id = r.id AND e.kind = 'recategorised'))
            """, logger: logger)
        for try await (category, text, corrected) in rows.decode((String, String, Bool).self) {
            training.add(text, category: category, weight: corrected ? Self.correctionWeight : 1)
            if corrected { corrections += 1 } else { completed += 1 }
        }
        let model = training.model()
        let elapsed = ContinuousClock.now - started
        let milliseconds = Int(elapsed.inMilliseconds)
        let bytes = ByteBuffer(bytes: model.encoded())
        let version = try await db.first(
            """
            INSERT INTO classifier_models (seed_examples, corrections, completed, vocabulary, temperature,
                                           training_ms, model)
            VALUES (\(seed.count), \(corrections), \(completed), \(model.vocabularySize), \(model.temperature),
                    \(milliseconds), \(bytes))
            RETURNING version
            """, as: Int.self, logger: logger)
        guard let version else { throw StoreError(.unavailable, "the new classifier model was not stored") }
        logger.notice(
            "classifier trained",
            metadata: [
                "version": "\(version)", "corrections": "\(corrections)", "completed": "\(completed)",
                "milliseconds": "\(milliseconds)",
            ])
        return TrainingSummary(
            version: version, seedExamples: seed.count, corrections: corrections, completed: completed,
            vocabulary: model.vocabularySize, temperature: model.temperature, milliseconds: milliseconds)
    }
}
