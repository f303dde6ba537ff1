import AspirasiCore
import AspirasiStore
import AsyncHTTPClient
import ChannelKit
import FacebookAdapter
import Logging
import NIOCore
import SMSAdapter
import TwitterAdapter

/// Turns each configured channel into its sender, webhook and pollers.
enum ChannelWiring {
    /// The sending side of every channel that has its credentials; the others' deliveries wait.
    static func senders(_ configuration: HubConfiguration, client: HTTPClient) -> [Channel: any DeliverySender] {
        let timeout = senderTimeout(configuration)
        var senders: [Channel: any DeliverySender] = [:]
        if let url = configuration.partnerCallbackURL {
            senders[.api] = HTTPCallbackSender(
                url: url, bearerToken: configuration.partnerCallbackToken, timeout: timeout, client: client)
        }
        if let twitter = configuration.twitter, let token = twitter.accessToken {
            senders[.twitter] = TwitterSender(
                apiBase: twitter.apiBase, accessToken: token, timeout: timeout, client: client)
        }
        if let facebook = configuration.facebook, let token = facebook.pageToken {
            senders[.facebook] = FacebookSender(
                graphBase: facebook.graphBase, pageID: facebook.pageID, pageToken: token, timeout: timeout,
                client: client)
        }
        if let kannel = configuration.kannel, let sendsms = kannel.sendsmsURL {
            senders[.sms] = KannelSender(
                sendsmsURL: sendsms, username: kannel.username, password: kannel.password, from: kannel.from,
                reportURL: kannel.reportURL, timeout: timeout, client: client)
        }
        if let twilio = configuration.twilio {
            senders[.sms] = TwilioSender(
                apiBase: twilio.apiBase, accountSID: twilio.accountSID, authToken: twilio.authToken, from: twilio.from,
                timeout: timeout, client: client)
        }
        return senders
    }

    /// Webhooks and pollers.
    static func inbound(
        _ configuration: HubConfiguration, into dependencies: inout HubDependencies, client: HTTPClient,
        logger: Logger
    ) {
        if let kannel = configuration.kannel {
            dependencies.kannel = (kannel.token, kannel.allowed)
        }
        if let twilio = configuration.twilio {
            dependencies.twilioWebhook = TwilioWebhook(authToken: twilio.authToken, publicURL: twilio.webhookURL)
        }
        if let facebook = configuration.facebook {
            dependencies.facebookWebhook = FacebookWebhook(
                appSecret: facebook.appSecret, verifyToken: facebook.verifyToken, pageID: facebook.pageID)
        }
        if let twitter = configuration.twitter {
            if twitter.mode != .poll {
                dependencies.twitterWebhook = TwitterWebhook(
                    consumerSecret: twitter.consumerSecret, ourUserID: twitter.userID)
            }
            if twitter.mode != .webhook, let token = twitter.accessToken {
                let timeline = TwitterTimeline(
                    apiBase: twitter.apiBase, accessToken: token, ourUserID: twitter.userID, client: client)
                dependencies.channelServices.append(
                    TwitterPoller(
                        timeline: timeline,
                        polled: PolledIntake(client: dependencies.client, intake: dependencies.intake),
                        interval: twitter.pollInterval, logger: logger))
            }
        }
    }
}

/// A provider's answer must come well inside the delivery lease, or another hub
/// would take the delivery over while this one still waits.
func senderTimeout(_ configuration: HubConfiguration) -> TimeAmount {
    .milliseconds(Int64(min(10, configuration.deliveryLeaseSeconds / 2) * 1000))
}
