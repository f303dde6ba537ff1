import AspirasiCore
import AspirasiStore
import ChannelKit
import Hummingbird
import LaporAdapter
import Logging
import ServiceLifecycle

/// SP4N-LAPOR! as one channel unit: settings `ASPIRASI_LAPOR_*`, the poller of reports disposed to us
/// (cursor `lapor:laporan`, update time and tracking id) and the sender of follow-ups and forwards.
/// No routes.
public struct LaporChannel: ChannelUnit {
    public static let feed = "lapor:laporan"

    public let settings: LaporSettings

    public init(_ settings: LaporSettings) {
        self.settings = settings
    }

    public var channel: Channel { .lapor }

    public static func configured(_ source: ChannelSettingsSource, problems: inout [String]) -> LaporChannel? {
        LaporSettings.resolve(source, problems: &problems).map(LaporChannel.init)
    }

    public static var cursorShapes: [FeedCursorShape] {
        [
            FeedCursorShape(feed) { value in
                let parts = value.split(separator: "|", omittingEmptySubsequences: false)
                let valid = parts.count == 2 && !parts[0].isEmpty && value.count <= 100
                return valid ? nil : "the last update time and tracking id, as 2026-11-20T08:00:00+07:00|4100001"
            }
        ]
    }

    public static func addRoutes(
        to router: Router<HubRequestContext>, _ unit: LaporChannel?, _ dependencies: HubDependencies
    ) {}

    public func sender(_ wiring: ChannelWiringContext) -> (any DeliverySender)? {
        LaporSender(base: settings.base, token: settings.token, client: wiring.http, timeout: wiring.senderTimeout)
    }

    public func services(_ wiring: ChannelWiringContext) -> [any Service] {
        let feed = LaporFeed(base: settings.base, token: settings.token, agency: settings.agency, client: wiring.http)
        return [Self.poller(feed, polled: wiring.polled, interval: settings.pollInterval, logger: wiring.logger)]
    }

    public static func poller(_ feed: LaporFeed, polled: PolledIntake, interval: Duration, logger: Logger)
        -> ChannelPoller
    {
        ChannelPoller.paged("LAPOR!", Self.feed, polled: polled, interval: interval, logger: logger) { cursor in
            try await feed.reports(after: cursor, logger: logger)
        }
    }
}

extension HubConfiguration {
    /// SP4N-LAPOR! (`ASPIRASI_LAPOR_*`); nil: not configured.
    public var lapor: LaporSettings? { unit(LaporChannel.self)?.settings }
}
