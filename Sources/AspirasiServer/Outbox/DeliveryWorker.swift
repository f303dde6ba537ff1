import AspirasiCore
import AspirasiStore
import ChannelKit
import Foundation
import Logging
import ServiceLifecycle

/// Sends what the outbox owes, through each channel's sender.
///
/// Claims due rows in batches (SKIP LOCKED: any number of workers and hub
/// processes share the table), sends a batch concurrently, and records each
/// outcome. Several rounds run at once (`concurrentRounds`): a round spends
/// most of its time waiting on the database and the providers, so while one
/// claims or records, another's sends are on the wire. Outcomes: sent with the
/// provider's id; a transient failure retried with backoff and jitter; a rate limit pauses that channel until the provider's
/// reset; a permanent failure (an expired token) is dead-lettered at once and
/// alerts the admins through the error log and a metric rather than retrying.
public struct DeliveryWorker: Service {
    public struct Settings: Sendable {
        /// Deliveries a round claims and sends at once (`ASPIRASI_DELIVERY_BATCH`). A claim and a record cost
        /// the database about the same for 32 rows as for 100: 100 sent 5,330-6,118/s to a local callback where 32
        /// sent 4,497-5,361 (`make bench-deliveries`). A provider still sees only its client's connection limit.
        public var batchSize = 100
        /// Rounds in flight at once (`ASPIRASI_DELIVERY_ROUNDS`); each holds up to `batchSize` sends.
        public var concurrentRounds = 4
        public var leaseSeconds = 60.0
        public var idlePause = Duration.milliseconds(250)
        public var schedule = RetrySchedule.standard

        public init() {}
    }

    let outbox: OutboxStore
    let senders: [Channel: any DeliverySender]
    let settings: Settings
    let name: String
    let metrics: HubMetrics
    let logger: Logger
    let pauses = ChannelPauses()

    public init(
        outbox: OutboxStore, senders: [Channel: any DeliverySender], settings: Settings = .init(),
        name: String = "worker-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))",
        metrics: HubMetrics = .disabled, logger: Logger
    ) {
        self.metrics = metrics
        self.outbox = outbox
        self.senders = senders
        self.settings = settings
        self.name = name
        self.logger = logger
    }

    public func run() async throws {
        guard !senders.isEmpty else {
            // A service that returns ends the whole application: with nothing to send, wait for shutdown.
            try? await gracefulShutdown()
            return
        }
        await withTaskGroup(of: Void.self) { group in
            for lane in 0..<max(1, settings.concurrentRounds) {
                // One lane is enough to settle the leases of dead workers.
                group.addTask { await rounds(releasingLeases: lane == 0) }
            }
        }
    }

    /// Rounds one after another until shutdown, pausing when there was nothing to send.
    func rounds(releasingLeases: Bool) async {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            let handled: Int
            do {
                handled = try await runOnce(releasingLeases: releasingLeases)
            } catch {
                logger.warning("delivery round failed", metadata: ["error": "\(String(reflecting: error))"])
                handled = 0
            }
            if handled == 0 { try? await Task.sleep(for: settings.idlePause) }
        }
    }

    /// One round: release dead workers' leases, claim a batch, send it. Returns how many were handled.
    @discardableResult
    public func runOnce(releasingLeases: Bool = true) async throws -> Int {
        if releasingLeases {
            let idempotent = senders.filter { $0.value.honoursIdempotencyKeys }.map(\.key.rawValue)
            _ = try await outbox.releaseExpired(idempotentChannels: idempotent, logger: logger)
        }
        let open = await pauses.open(senders.keys.map(\.rawValue))
        let batch = try await outbox.claim(
            worker: name, channels: open, limit: settings.batchSize, leaseSeconds: settings.leaseSeconds, logger: logger
        )
        let sent = await withTaskGroup(of: Sent?.self) { group in
            for delivery in batch {
                group.addTask { await deliver(delivery) }
            }
            var sent: [Sent] = []
            for await outcome in group {
                if let outcome { sent.append(outcome) }
            }
            return sent
        }
        await record(sent)
        return batch.count
    }

    /// A send the provider took, to be recorded with the round's others.
    struct Sent: Sendable {
        let delivery: SentDelivery
        let metadata: Logger.Metadata
    }

    /// The round's sends in one statement. If it fails, or a lease ran out meanwhile, the rows stay `sending`
    /// until their lease ends and `releaseExpired` settles them, as when a worker dies after sending.
    func record(_ sent: [Sent]) async {
        guard !sent.isEmpty else { return }
        do {
            let recorded = try await outbox.markSent(sent.map(\.delivery), worker: name, logger: logger)
            for send in sent {
                if recorded.contains(send.delivery.id) {
                    logger.debug("delivery sent", metadata: send.metadata)
                } else {
                    logger.warning("delivery sent but its lease had ended; not recorded", metadata: send.metadata)
                }
            }
        } catch {
            logger.warning(
                "delivery outcomes not recorded",
                metadata: ["deliveries": "\(sent.count)", "error": "\(String(reflecting: error))"])
        }
    }

    /// Sends one delivery and records any outcome but success, which it returns for the round to record.
    func deliver(_ delivery: ClaimedDelivery) async -> Sent? {
        guard let channel = Channel(rawValue: delivery.channel), let sender = senders[channel] else { return nil }
        let message = OutgoingMessage(
            deliveryID: delivery.id, channel: channel, recipient: delivery.recipient, threadKey: delivery.threadKey,
            text: MessageTemplates.render(delivery.payload), idempotencyKey: delivery.idempotencyKey,
            payload: delivery.payload, citizenLastMessageAt: delivery.citizenLastMessageAt)
        var metadata: Logger.Metadata = ["delivery": "\(delivery.id)", "channel": "\(channel.rawValue)"]
        // The request that brought the citizen's message: its id leads from this line to the webhook's.
        if let requestID = delivery.requestID { metadata["request_id"] = .string(requestID) }
        do {
            var outcome: Result<ProviderReceipt, SendFailure>
            do throws(SendFailure) {
                outcome = .success(try await sender.send(message))
            } catch {
                outcome = .failure(error)
            }
            if case .failure(.unknownOutcome(let reason)) = outcome, sender.honoursIdempotencyKeys {
                // The provider drops a repeat of the same key: trying again is as safe as after any failure.
                outcome = .failure(.transient(reason))
            }
            metrics.delivery(
                channel: channel, outcome: Self.outcomeName(outcome, attempts: delivery.attempts, settings))
            switch outcome {
            case .success(let receipt):
                return Sent(delivery: SentDelivery(id: delivery.id, providerID: receipt.providerID), metadata: metadata)
            case .failure(.rateLimited(let until)):
                await pauses.pause(channel.rawValue, until: until)
                try await outbox.postpone(delivery.id, worker: name, until: until, logger: logger)
                logger.notice("channel rate-limited; paused", metadata: metadata.merging(["until": "\(until)"]) { $1 })
            case .failure(.deferred(let until)):
                try await outbox.postpone(delivery.id, worker: name, until: until, logger: logger)
            case .failure(.transient(let reason)):
                if let delay = settings.schedule.delay(afterAttempt: delivery.attempts) {
                    try await outbox.retry(
                        delivery.id, worker: name, error: reason, afterSeconds: delay, logger: logger)
                    logger.debug("delivery failed; will retry", metadata: metadata)
                } else {
                    try await outbox.deadLetter(delivery.id, worker: name, error: reason, logger: logger)
                    logger.error("delivery dead-lettered after its last attempt", metadata: metadata)
                }
            case .failure(.unknownOutcome(let reason)):
                // It may have gone out, and this provider cannot tell a repeat: a person decides (replay or not).
                try await outbox.markPossiblySent(delivery.id, worker: name, error: reason, logger: logger)
                logger.warning("delivery possibly sent; left for an admin", metadata: metadata)
            case .failure(.notAllowed(let reason)):
                // The provider's rules forbid it now: kept as dead with the reason, no alarm (nothing to fix).
                try await outbox.deadLetter(delivery.id, worker: name, error: "not sent: \(reason)", logger: logger)
                logger.notice("delivery not allowed by the provider's policy; not sent", metadata: metadata)
            case .failure(.permanent(let reason)):
                try await outbox.deadLetter(delivery.id, worker: name, error: reason, logger: logger)
                // An operator must act (renew a token, fix a setting): say so loudly, once.
                logger.critical(
                    "permanent delivery failure; admins must act",
                    metadata: metadata.merging(["reason": "\(reason)"]) { $1 })
            }
        } catch {
            // The outcome could not be recorded; the lease runs out and the row is released.
            logger.warning("delivery outcome not recorded", metadata: metadata)
        }
        return nil
    }
}

extension DeliveryWorker {
    /// The `outcome` label of `aspirasi_deliveries_total`.
    static func outcomeName(_ outcome: Result<ProviderReceipt, SendFailure>, attempts: Int, _ settings: Settings)
        -> String
    {
        switch outcome {
        case .success: "sent"
        case .failure(.rateLimited): "rate_limited"
        case .failure(.deferred): "deferred"
        case .failure(.transient): settings.schedule.delay(afterAttempt: attempts) == nil ? "dead" : "retry"
        case .failure(.unknownOutcome): "possibly_sent"
        case .failure(.notAllowed): "not_allowed"
        case .failure(.permanent): "dead"
        }
    }
}

/// Channels a provider asked us to leave alone until a time.
actor ChannelPauses {
    private var until: [String: Date] = [:]

    func pause(_ channel: String, until date: Date) {
        until[channel] = max(until[channel] ?? date, date)
    }

    func open(_ channels: [String]) -> [String] {
        let now = Date()
        return channels.filter { (until[$0] ?? .distantPast) <= now }
    }
}
