import AspirasiCore
import AspirasiStore
import AsyncHTTPClient
import ChannelKit
import EmailAdapter
import FacebookAdapter
import ForumAdapter
import LaporAdapter
import Logging
import NIOCore
import PostgresNIO
import QlueAdapter
import SMSAdapter
import TwitterAdapter

/// Turns each configured channel into its sender, webhook and pollers.
enum ChannelWiring {
    typealias Senders = [Channel: any DeliverySender]

    /// The sending side of every channel that has its credentials; the others' deliveries wait.
    static func senders(
        _ configuration: HubConfiguration, client: HTTPClient, database: PostgresClient, logger: Logger
    ) -> Senders {
        let timeout = senderTimeout(configuration)
        var senders: [Channel: any DeliverySender] = [:]
        if let url = configuration.partnerCallbackURL {
            senders[.api] = HTTPCallbackSender(
                url: url, bearerToken: configuration.partnerCallbackToken, timeout: timeout, client: client)
        }
        if let twitter = configuration.twitter,
            let tokens = twitterTokens(twitter, database: database, client: client, logger: logger)
        {
            senders[.twitter] = TwitterSender(
                apiBase: twitter.apiBase, tokens: tokens, timeout: timeout, client: client)
        }
        if let facebook = configuration.facebook, let token = facebook.pageToken {
            senders[.facebook] = FacebookSender(
                graphBase: facebook.graphBase, pageID: facebook.pageID, pageToken: token,
                humanAgentPermitted: facebook.humanAgent, timeout: timeout, client: client)
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
        if let qlue = configuration.qlue {
            senders[.qlue] = QlueSender(base: qlue.base, key: qlue.key, client: client, timeout: timeout)
        }
        if let lapor = configuration.lapor {
            senders[.lapor] = LaporSender(base: lapor.base, token: lapor.token, client: client, timeout: timeout)
        }
        if let forum = configuration.forum, let api = forum.apiBase, let key = forum.apiKey,
            let username = forum.apiUsername
        {
            senders[.forum] = ForumSender(
                apiBase: api, apiKey: key, apiUsername: username, client: client, timeout: timeout)
        }
        if let email = configuration.email {
            senders[.email] = EmailWiring.sender(email, timeout: timeout, logger: logger)
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
        feeds(configuration, into: &dependencies, client: client, logger: logger)
        if let twitter = configuration.twitter {
            if twitter.mode != .poll {
                dependencies.twitterWebhook = TwitterWebhook(
                    consumerSecret: twitter.consumerSecret, ourUserID: twitter.userID)
            }
            if twitter.mode != .webhook,
                let tokens = twitterTokens(twitter, database: dependencies.client, client: client, logger: logger)
            {
                let timeline = TwitterTimeline(
                    apiBase: twitter.apiBase, tokens: tokens, ourUserID: twitter.userID, client: client)
                let poller = TwitterPoller(timeline: timeline, polled: dependencies.polled, logger: logger)
                dependencies.channelServices.append(poller.service(interval: twitter.pollInterval))
            }
        }
    }
}

extension ChannelWiring {
    /// X's access tokens: renewed through the refresh token shared in PostgreSQL when one is
    /// configured, else the fixed access token (which stops working after two hours), else none.
    static func twitterTokens(
        _ twitter: TwitterSettings, database: PostgresClient, client: HTTPClient, logger: Logger
    ) -> (any TwitterAccessTokens)? {
        if let refreshToken = twitter.refreshToken, let clientID = twitter.clientID {
            let endpoint = TwitterTokenEndpoint(
                apiBase: twitter.apiBase, clientID: clientID, clientSecret: twitter.clientSecret, client: client)
            return SharedTwitterTokens(
                store: OAuthTokenStore(database), endpoint: endpoint, initialRefreshToken: refreshToken, logger: logger)
        }
        return twitter.accessToken.map(FixedAccessToken.init)
    }

    /// The polled channels: Qlue, LAPOR!, the forum's feed (and its webhook), e-mail.
    static func feeds(
        _ configuration: HubConfiguration, into dependencies: inout HubDependencies, client: HTTPClient,
        logger: Logger
    ) {
        let polled = dependencies.polled
        if let qlue = configuration.qlue {
            let feed = QlueFeed(base: qlue.base, key: qlue.key, client: client)
            dependencies.channelServices.append(
                FeedPollers.qlue(feed, polled: polled, interval: qlue.pollInterval, logger: logger))
        }
        if let lapor = configuration.lapor {
            let feed = LaporFeed(base: lapor.base, token: lapor.token, agency: lapor.agency, client: client)
            dependencies.channelServices.append(
                FeedPollers.lapor(feed, polled: polled, interval: lapor.pollInterval, logger: logger))
        }
        if let forum = configuration.forum {
            if let url = forum.feedURL {
                let reader = ForumFeedReader(url: url, ourUsername: forum.apiUsername, client: client)
                dependencies.channelServices.append(
                    FeedPollers.forum(reader, polled: polled, interval: forum.pollInterval, logger: logger))
            }
            if let secret = forum.webhookSecret {
                dependencies.forumWebhook = DiscourseWebhook(secret: secret, ourUsername: forum.apiUsername)
            }
        }
        if let email = configuration.email {
            dependencies.channelServices.append(EmailWiring.poller(email, polled: polled, logger: logger))
        }
    }
}

/// A provider's answer must come well inside the delivery lease, or another hub
/// would take the delivery over while this one still waits.
func senderTimeout(_ configuration: HubConfiguration) -> TimeAmount {
    .milliseconds(Int64(min(10, configuration.deliveryLeaseSeconds / 2) * 1000))
}
