import AspirasiCore
import ChannelKit
import FacebookAdapter
import Hummingbird

/// The Facebook Page as one channel unit: settings `ASPIRASI_FB_*`, the webhook at `/webhooks/facebook`
/// (GET the subscription handshake, POST the signed feed and Messenger events), and the sender when a
/// page token is given.
public struct FacebookChannel: ChannelUnit {
    public let settings: FacebookSettings

    public init(_ settings: FacebookSettings) {
        self.settings = settings
    }

    public var channel: Channel { .facebook }

    public static func configured(_ source: ChannelSettingsSource, problems: inout [String]) -> FacebookChannel? {
        FacebookSettings.resolve(source, problems: &problems).map(FacebookChannel.init)
    }

    public static func addRoutes(
        to router: Router<HubRequestContext>, _ unit: FacebookChannel?, _ dependencies: HubDependencies
    ) {
        let webhook = unit.map {
            FacebookWebhook(
                appSecret: $0.settings.appSecret, verifyToken: $0.settings.verifyToken, pageID: $0.settings.pageID)
        }
        let routes = SignedWebhookRoutes(.facebook, webhook, name: "the Facebook channel", dependencies: dependencies)
        router.get("/webhooks/facebook", use: routes.verify)
        router.post("/webhooks/facebook", use: routes.receive)
    }

    public func sender(_ wiring: ChannelWiringContext) -> (any DeliverySender)? {
        settings.pageToken.map {
            FacebookSender(
                graphBase: settings.graphBase, pageID: settings.pageID, pageToken: $0,
                humanAgentPermitted: settings.humanAgent, timeout: wiring.senderTimeout, client: wiring.http)
        }
    }
}

extension HubConfiguration {
    /// The Facebook Page channel's settings (`ASPIRASI_FB_*`); nil: not configured.
    public var facebook: FacebookSettings? { unit(FacebookChannel.self)?.settings }
}
