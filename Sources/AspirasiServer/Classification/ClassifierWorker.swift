import AspirasiCore
import AspirasiStore
import Foundation
import Logging
import ServiceLifecycle

/// Keeps this hub on the newest classifier model and trains the next one on
/// schedule. Every `refreshInterval` it loads a newer version if another hub
/// (or `aspirasi classifier train`) stored one; when the newest version is
/// older than `retrainInterval` it trains a new one from the seed, the
/// koordinators' corrections and the completed reports. Any number of hubs
/// may run one: training takes an advisory lock, so one hub trains at a time.
public struct ClassifierWorker: Service {
    let models: ClassifierModels
    let intake: IntakeQueue
    let retrainInterval: Duration
    let refreshInterval: Duration
    let logger: Logger

    public init(
        models: ClassifierModels, intake: IntakeQueue, retrainInterval: Duration,
        refreshInterval: Duration = .seconds(60), logger: Logger
    ) {
        self.models = models
        self.intake = intake
        self.retrainInterval = retrainInterval
        self.refreshInterval = refreshInterval
        self.logger = logger
    }

    public func run() async throws {
        try await PeriodicRounds.run(every: refreshInterval, "classifier", logger: logger) {
            try await runOnce()
        }
    }

    /// Trains if the newest model is due, then loads whatever is newest.
    public func runOnce(now: Date = Date()) async throws {
        let retrainSeconds = Double(retrainInterval.components.seconds)
        if let trainedAt = try await models.latestTrainedAt(logger: logger),
            now.timeIntervalSince(trainedAt) >= retrainSeconds
        {
            let catalog = try await intake.catalog()
            try await models.train(categories: catalog.categoryList, logger: logger)
        }
        try await intake.learned.refresh(from: models, logger: logger)
    }
}
