import AspirasiCore
import AspirasiStore
import AsyncHTTPClient
import ChannelKit
import Hummingbird
import Logging
import PostgresNIO
import ServiceLifecycle
import TwitterAdapter

/// X as one channel unit: settings `ASPIRASI_X_*`, the Account Activity webhook at `/webhooks/twitter`
/// (GET the CRC, POST the signed events) unless only polling, the v2 poller unless only taking the
/// webhook, and the sender, both with access tokens renewed through the refresh token shared in PostgreSQL.
public struct TwitterChannel: ChannelUnit {
    public let settings: TwitterSettings

    public init(_ settings: TwitterSettings) {
        self.settings = settings
    }

    public var channel: Channel { .twitter }

    public static func configured(_ source: ChannelSettingsSource, problems: inout [String]) -> TwitterChannel? {
        TwitterSettings.resolve(source, problems: &problems).map(TwitterChannel.init)
    }

    /// X sends its CRC challenge unsigned; our answer is the HMAC that proves us to X.
    public static var openRoutes: Set<String> { ["GET /webhooks/twitter"] }

    public static var cursorShapes: [FeedCursorShape] {
        [FeedCursorShape(TwitterPoller.mentionsFeed) { FeedCursorShape.isPostID($0) ? nil : "a post id: digits only" }]
    }

    public static func addRoutes(
        to router: Router<HubRequestContext>, _ unit: TwitterChannel?, _ dependencies: HubDependencies
    ) {
        let twitter = TwitterRoutes(webhook: unit?.webhook, intake: dependencies.intake)
        router.get("/webhooks/twitter", use: twitter.crc)
        router.post("/webhooks/twitter", use: twitter.receive)
    }

    var webhook: TwitterWebhook? {
        guard settings.mode != .poll else { return nil }
        return TwitterWebhook(consumerSecret: settings.consumerSecret, ourUserID: settings.userID)
    }

    public func sender(_ wiring: ChannelWiringContext) -> (any DeliverySender)? {
        tokens(wiring).map {
            TwitterSender(apiBase: settings.apiBase, tokens: $0, timeout: wiring.senderTimeout, client: wiring.http)
        }
    }

    public func services(_ wiring: ChannelWiringContext) -> [any Service] {
        guard settings.mode != .webhook, let tokens = tokens(wiring) else { return [] }
        let timeline = TwitterTimeline(
            apiBase: settings.apiBase, tokens: tokens, ourUserID: settings.userID, client: wiring.http)
        let poller = TwitterPoller(timeline: timeline, polled: wiring.polled, logger: wiring.logger)
        return [poller.service(interval: settings.pollInterval)]
    }

    /// X's access tokens: renewed through the refresh token shared in PostgreSQL when one is
    /// configured, else the fixed access token (which stops working after two hours), else none.
    func tokens(_ wiring: ChannelWiringContext) -> (any TwitterAccessTokens)? {
        if let refreshToken = settings.refreshToken, let clientID = settings.clientID {
            let endpoint = TwitterTokenEndpoint(
                apiBase: settings.apiBase, clientID: clientID, clientSecret: settings.clientSecret,
                client: wiring.http)
            return SharedTwitterTokens(
                store: OAuthTokenStore(wiring.database), endpoint: endpoint, initialRefreshToken: refreshToken,
                logger: wiring.logger)
        }
        return settings.accessToken.map(FixedAccessToken.init)
    }
}

extension HubConfiguration {
    /// The X channel's settings (`ASPIRASI_X_*`); nil: not configured.
    public var twitter: TwitterSettings? { unit(TwitterChannel.self)?.settings }
}
