import AspirasiCore
import ChannelKit
import Hummingbird

/// The WhatsApp Business Platform (Cloud API) as one channel unit: settings `ASPIRASI_WA_*`, the webhook
/// at `/webhooks/whatsapp` (GET the subscription handshake, POST the signed events), the sender, and the
/// media photos.
public struct WhatsAppChannel: ChannelUnit {
    public let settings: WhatsAppSettings

    public init(_ settings: WhatsAppSettings) {
        self.settings = settings
    }

    public var channel: Channel { .whatsapp }

    public static func configured(_ source: ChannelSettingsSource, problems: inout [String]) -> WhatsAppChannel? {
        WhatsAppSettings.resolve(source, problems: &problems).map(WhatsAppChannel.init)
    }

    public static func addRoutes(
        to router: Router<HubRequestContext>, _ unit: WhatsAppChannel?, _ dependencies: HubDependencies
    ) {
        let routes = SignedWebhookRoutes(
            .whatsapp, unit?.webhook, name: "the WhatsApp channel", dependencies: dependencies)
        router.get("/webhooks/whatsapp", use: routes.verify)
        router.post("/webhooks/whatsapp", use: routes.receive)
    }

    var webhook: WhatsAppWebhook {
        WhatsAppWebhook(
            appSecret: settings.appSecret, verifyToken: settings.verifyToken, phoneNumberID: settings.phoneNumberID)
    }

    public func sender(_ wiring: ChannelWiringContext) -> (any DeliverySender)? {
        WhatsAppSender(settings: settings, timeout: wiring.senderTimeout, client: wiring.http)
    }

    public func photos(wrapping fetcher: any PhotoFetching, _ wiring: ChannelWiringContext) -> any PhotoFetching {
        WhatsAppMediaPhotos(settings: settings, client: wiring.http, wrapped: fetcher)
    }
}
