import AspirasiCore
import Logging
import PostgresNIO

/// Told of every message the intake committed: its channel, what it became and how long its
/// caller waited (metrics). Called after the commit, never inside the transaction.
public typealias IntakeObserver =
    @Sendable (_ channel: AspirasiCore.Channel, _ result: IntakeResult, _ elapsed: Duration) -> Void

/// Hands messages to the intake in shared transactions.
///
/// Under load many requests wait at once; taking them together means one
/// commit (one WAL flush) for the batch instead of one each. A caller gets its
/// answer only after its transaction committed. If a batch fails, each of its
/// messages is retried alone, so one bad message cannot sink the others; the
/// intake is idempotent, so the retry cannot duplicate anything.
public actor IntakeQueue {
    public static let defaultBatchSize = 64
    public static let defaultConcurrentBatches = 4

    typealias Waiter = CheckedContinuation<IntakeResult, any Error>
    typealias Item = (message: InboundMessage, waiter: Waiter, since: ContinuousClock.Instant)

    let client: PostgresClient
    /// The learned model, kept across catalog reloads and refreshed by the classifier worker.
    public nonisolated let learned: LearnedClassifier
    /// Refuse or forward reports outside the province; shared with every store this queue makes.
    public nonisolated let outsideArea = OutsideAreaPolicy()
    private var store: IntakeStore?
    let logger: Logger
    let batchSize: Int
    let concurrentBatches: Int
    let observer: IntakeObserver?
    private var pending: [Item] = []
    private var running = 0

    /// The catalog is read from the database on first use (or by `reloadCatalog`),
    /// because the hub builds its routes before migrations and import have run.
    public init(
        client: PostgresClient, logger: Logger, batchSize: Int = defaultBatchSize,
        concurrentBatches: Int = defaultConcurrentBatches, observer: IntakeObserver? = nil,
        learned: LearnedClassifier = LearnedClassifier()
    ) {
        self.observer = observer
        self.client = client
        self.learned = learned
        self.logger = logger
        self.batchSize = batchSize
        self.concurrentBatches = concurrentBatches
    }

    public func catalog() async throws -> IntakeCatalog {
        if let store { return store.catalog }
        return try await reloadCatalog()
    }

    /// Reads categories, units and the kelurahan polygons again, e.g. after an import, and the newest
    /// classifier model (the seed-trained one first, for a database that has none yet).
    @discardableResult
    public func reloadCatalog() async throws -> IntakeCatalog {
        let catalog = try await IntakeCatalog.load(from: client, logger: logger)
        let models = ClassifierModels(client)
        try await models.ensureModel(categories: catalog.categoryList, logger: logger)
        try await learned.refresh(from: models, logger: logger)
        store = IntakeStore(catalog: catalog, learned: learned, outsideArea: outsideArea)
        return catalog
    }

    /// Reloads the catalog when the reference version moved since it was read: an import by this hub or
    /// any other process. One single-row read when nothing changed. Returns whether it reloaded.
    @discardableResult
    public func reloadIfChanged() async throws -> Bool {
        // Nothing loaded yet: the first use loads it (the schema may still be migrating).
        guard let store else { return false }
        let version = try await IntakeCatalog.referenceVersion(of: client, logger: logger)
        if store.catalog.referenceVersion == version { return false }
        try await reloadCatalog()
        return true
    }

    /// The intake itself, for callers that run it inside their own transaction (polled feeds).
    public func intakeStore() async throws -> IntakeStore {
        if let store { return store }
        try await reloadCatalog()
        guard let store else { throw StoreError(.unavailable, "the intake catalog is not loaded") }
        return store
    }

    /// Processes `message` and returns once the outcome is committed. The message carries the
    /// caller's request id (`RequestCorrelation`) unless it names one already.
    public func submit(_ message: InboundMessage) async throws -> IntakeResult {
        let since = ContinuousClock.now
        var message = message
        if message.requestID == nil { message.requestID = RequestCorrelation.requestID }
        if store == nil { try await reloadCatalog() }
        return try await withCheckedThrowingContinuation { waiter in
            pending.append((message, waiter, since))
            if running < concurrentBatches {
                running += 1
                Task { await drain() }
            }
        }
    }

    private func drain() async {
        while !pending.isEmpty {
            let batch = Array(pending.prefix(batchSize))
            pending.removeFirst(batch.count)
            await process(batch)
        }
        running -= 1
    }

    private func process(_ batch: [Item]) async {
        guard let store = self.store else {
            // submit() loads the catalog before queueing, so this cannot happen; never strand a caller.
            for item in batch {
                item.waiter.resume(throwing: StoreError(.unavailable, "the intake catalog is not loaded"))
            }
            return
        }
        let logger = self.logger
        do {
            let messages = batch.map(\.message)
            let results = try await client.transaction(logger: logger) { connection in
                try await store.process(messages, on: connection, logger: logger)
            }
            let now = ContinuousClock.now
            for (item, result) in zip(batch, results) {
                observer?(item.message.channel, result, now - item.since)
                item.waiter.resume(returning: result)
            }
        } catch  where batch.count > 1 {
            logger.warning(
                "intake batch failed; retrying its messages one by one", metadata: ["size": "\(batch.count)"])
            for item in batch { await process([item]) }
        } catch {
            batch[0].waiter.resume(throwing: Self.unwrap(error))
        }
    }

    static func unwrap(_ error: any Error) -> any Error {
        guard let transaction = error as? PostgresTransactionError else { return error }
        return transaction.closureError ?? transaction.commitError ?? transaction.beginError ?? error
    }
}
