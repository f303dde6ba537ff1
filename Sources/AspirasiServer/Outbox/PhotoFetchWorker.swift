import AspirasiCore
import AspirasiStore
import ChannelKit
import Foundation
import Logging
import ServiceLifecycle

/// Fetches the photos citizens attached on their channels into PostgreSQL,
/// through a `PhotoFetching` that refuses private addresses and oversized or
/// non-image bodies. A refusal is final and kept as the photo's fetch error;
/// a transient failure is retried with backoff, five attempts in all.
public struct PhotoFetchWorker: Service {
    let store: PhotoFetchStore
    let fetcher: any PhotoFetching
    let schedule: RetrySchedule
    let batchSize: Int
    let idlePause: Duration
    let metrics: HubMetrics
    let logger: Logger

    public init(
        store: PhotoFetchStore, fetcher: any PhotoFetching,
        schedule: RetrySchedule = RetrySchedule(baseSeconds: 60, capSeconds: 3_600, maximumAttempts: 5),
        batchSize: Int = 8, idlePause: Duration = .seconds(2), metrics: HubMetrics = .disabled, logger: Logger
    ) {
        self.metrics = metrics
        self.store = store
        self.fetcher = fetcher
        self.schedule = schedule
        self.batchSize = batchSize
        self.idlePause = idlePause
        self.logger = logger
    }

    public func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                var handled = 0
                do {
                    handled = try await runOnce()
                } catch {
                    logger.warning("photo fetch round failed", metadata: ["error": "\(String(reflecting: error))"])
                }
                if handled == 0 { try? await Task.sleep(for: idlePause) }
            }
        }
    }

    /// One batch, fetched concurrently. Returns how many photos were claimed.
    @discardableResult
    public func runOnce() async throws -> Int {
        let batch = try await store.claim(limit: batchSize, logger: logger)
        await withTaskGroup(of: Void.self) { group in
            for photo in batch {
                group.addTask { await fetch(photo) }
            }
        }
        return batch.count
    }

    func fetch(_ photo: PhotoToFetch) async {
        // The URL came from a citizen: it is not logged, only the photo's id.
        let metadata: Logger.Metadata = ["photo": "\(photo.id)"]
        do {
            let outcome: Result<FetchedPhoto, FetchFailure>
            do throws(FetchFailure) {
                outcome = .success(try await fetcher.fetch(photo.url))
            } catch {
                outcome = .failure(error)
            }
            switch outcome {
            case .success(let fetched):
                try await store.store(photo.id, type: fetched.type, bytes: fetched.bytes, logger: logger)
            case .failure(.refused(let reason)):
                metrics.photoFetchFailed(kind: "refused")
                try await store.failed(photo.id, reason: reason, retryAfterSeconds: nil, logger: logger)
                logger.notice("channel photo refused", metadata: metadata.merging(["reason": "\(reason)"]) { $1 })
            case .failure(.transient(let reason)):
                metrics.photoFetchFailed(kind: "transient")
                let delay = schedule.delay(afterAttempt: photo.attempts)
                try await store.failed(photo.id, reason: reason, retryAfterSeconds: delay, logger: logger)
            }
        } catch {
            logger.warning("photo fetch outcome not recorded", metadata: metadata)
        }
    }
}
