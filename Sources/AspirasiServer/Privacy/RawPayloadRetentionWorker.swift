import AspirasiStore
import Logging
import ServiceLifecycle

/// Clears raw payloads older than the retention (`ASPIRASI_RAW_RETENTION_DAYS`),
/// in batches, every `interval`. Any number of hubs may run one: each batch
/// skips the rows another hub is clearing.
public struct RawPayloadRetentionWorker: Service {
    let retention: RawPayloadRetention
    let days: Int
    let interval: Duration
    let batchSize: Int
    let logger: Logger

    public init(
        retention: RawPayloadRetention, days: Int, interval: Duration = .seconds(3600), batchSize: Int = 500,
        logger: Logger
    ) {
        self.retention = retention
        self.days = days
        self.interval = interval
        self.batchSize = batchSize
        self.logger = logger
    }

    /// The hub's worker, with the configured retention.
    init(_ configuration: HubConfiguration, _ dependencies: HubDependencies) {
        self.init(
            retention: RawPayloadRetention(dependencies.client), days: configuration.rawRetentionDays,
            logger: dependencies.logger)
    }

    public func run() async throws {
        try await PeriodicRounds.run(every: interval, "raw payload retention", logger: logger) {
            try await runOnce()
        }
    }

    /// Clears every expired payload, one batch (one short transaction) at a time; returns how many.
    @discardableResult
    public func runOnce() async throws -> Int {
        var cleared = 0
        while true {
            let batch = try await retention.clear(olderThanDays: days, limit: batchSize, logger: logger)
            cleared += batch
            if batch < batchSize { break }
        }
        if cleared > 0 {
            logger.notice(
                "raw payloads past their retention cleared",
                metadata: ["messages": "\(cleared)", "retention_days": "\(days)"])
        }
        return cleared
    }
}
