import Synchronization

/// What the intake does with a report located outside the province: refuse it with advice (`luar
/// wilayah`, the default), or, when SP4N-LAPOR! is configured, hand it to LAPOR!, the national system
/// that routes it to the pemda where it lies (a `forward` delivery on the `lapor` channel; the citizen
/// hears where it went once LAPOR! has given its tracking id). Set when the senders are wired.
public final class OutsideAreaPolicy: Sendable {
    private let forwarding = Mutex(false)

    public init() {}

    public var forwardsToLapor: Bool { forwarding.withLock { $0 } }

    public func forwardToLapor(_ on: Bool) { forwarding.withLock { $0 = on } }
}
