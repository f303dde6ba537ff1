import AspirasiCore
import AspirasiStore
import ChannelKit
import Hummingbird
import SMSAdapter

/// SMS as one channel unit, through a Twilio-style gateway (`ASPIRASI_TWILIO_*`: a signed webhook at
/// `/webhooks/sms/twilio`), a Kannel gateway (`ASPIRASI_KANNEL_*`: the get-url and dlr-url under
/// `/webhooks/sms/kannel/{token}`), or both taking messages in; one of them sends.
public struct SMSChannel: ChannelUnit {
    public let twilio: TwilioSettings?
    public let kannel: KannelSettings?

    public init(twilio: TwilioSettings? = nil, kannel: KannelSettings? = nil) {
        self.twilio = twilio
        self.kannel = kannel
    }

    public var channel: Channel { .sms }

    public static func configured(_ source: ChannelSettingsSource, problems: inout [String]) -> SMSChannel? {
        let twilio = TwilioSettings.resolve(source, problems: &problems)
        let kannel = KannelSettings.resolve(source, problems: &problems)
        if twilio != nil, kannel?.sendsmsURL != nil {
            problems.append("configure one SMS gateway for sending: Twilio or Kannel, not both")
        }
        guard twilio != nil || kannel != nil else { return nil }
        return SMSChannel(twilio: twilio, kannel: kannel)
    }

    public static func addRoutes(
        to router: Router<HubRequestContext>, _ unit: SMSChannel?, _ dependencies: HubDependencies
    ) {
        let webhook = unit?.twilio.map { TwilioWebhook(authToken: $0.authToken, publicURL: $0.webhookURL) }
        let twilio = SignedWebhookRoutes(
            .sms, webhook, name: "the Twilio SMS gateway", maximumBodyBytes: 64 * 1024, dependencies: dependencies)
        router.post("/webhooks/sms/twilio", use: twilio.receive)
        let kannel = KannelRoutes(
            gate: unit?.kannel.map { KannelGate(token: $0.token, allowed: $0.allowed) },
            intake: dependencies.intake, outbox: OutboxStore(dependencies.client))
        router.get("/webhooks/sms/kannel/:token", use: kannel.receive)
        router.get("/webhooks/sms/kannel/:token/dlr", use: kannel.deliveryReport)
    }

    /// Twilio's when configured (settings refuse two sending gateways), else Kannel's when it has a sendsms URL.
    public func sender(_ wiring: ChannelWiringContext) -> (any DeliverySender)? {
        if let twilio {
            return TwilioSender(
                apiBase: twilio.apiBase, accountSID: twilio.accountSID, authToken: twilio.authToken,
                from: twilio.from, timeout: wiring.senderTimeout, client: wiring.http)
        }
        guard let kannel, let sendsms = kannel.sendsmsURL else { return nil }
        return KannelSender(
            sendsmsURL: sendsms, username: kannel.username, password: kannel.password, from: kannel.from,
            reportURL: kannel.reportURL, timeout: wiring.senderTimeout, client: wiring.http)
    }
}

extension HubConfiguration {
    /// A Twilio-style SMS gateway (`ASPIRASI_TWILIO_*`); nil: not configured.
    public var twilio: TwilioSettings? { unit(SMSChannel.self)?.twilio }
    /// A Kannel SMS gateway (`ASPIRASI_KANNEL_*`); nil: not configured.
    public var kannel: KannelSettings? { unit(SMSChannel.self)?.kannel }
}
