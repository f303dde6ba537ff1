import AspirasiCore
import Logging
import Synchronization

/// The model version this hub classifies with, swapped in place when a newer
/// one appears in the database (`refresh`), shared by the intake's batches.
public final class LearnedClassifier: Sendable {
    /// Below this probability the model's guess is not acted on: the report goes to triage.
    public let threshold: Double
    /// Told how long each intake batch spent classifying (metrics: the cost the classifier adds to
    /// every message).
    public let timed: (@Sendable (_ messages: Int, _ elapsed: Duration) -> Void)?
    private let state = Mutex<ClassifierModels.Stored?>(nil)

    public init(
        threshold: Double = TriageClassifier.defaultThreshold,
        timed: (@Sendable (_ messages: Int, _ elapsed: Duration) -> Void)? = nil
    ) {
        self.threshold = threshold
        self.timed = timed
    }

    public var current: ClassifierModels.Stored? { state.withLock { $0 } }

    public func install(_ stored: ClassifierModels.Stored) {
        state.withLock { current in
            if (current?.version ?? 0) < stored.version { current = stored }
        }
    }

    /// Loads the newest version if it is newer than the one in use; true when it changed.
    @discardableResult
    public func refresh(from models: ClassifierModels, logger: Logger = .silent) async throws -> Bool {
        guard let newer = try await models.newest(after: current?.version, logger: logger) else { return false }
        install(newer)
        logger.info("classifier model loaded", metadata: ["version": "\(newer.version)"])
        return true
    }

    /// The rules of `catalog` with the model in use.
    public func classifier(rules: Classifier) -> TriageClassifier {
        TriageClassifier(rules: rules, model: current.map { ($0.version, $0.model) }, threshold: threshold)
    }
}
