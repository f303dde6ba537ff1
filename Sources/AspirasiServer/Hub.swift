import AspirasiStore
import AsyncHTTPClient
import ChannelKit
import Hummingbird
import Logging
import PostgresNIO
import Prometheus
import TwitterAdapter
import UnixSignals

/// Runs the hub until SIGINT or SIGTERM: opens the database (starting the
/// embedded cluster when no server is configured), serves, then shuts the
/// server down gracefully and stops the cluster it started.
public enum Hub {
    public static func run(_ configuration: HubConfiguration, logger: Logger) async throws {
        logger.info("opening database", metadata: ["database": "\(configuration.database.description)"])
        let database = try await DatabaseLauncher.open(configuration.database, logger: logger)
        // Providers get their own client: the shared one opens only 8 connections per host, fewer than a
        // worker's batch sends at once.
        var outboundConfiguration = HTTPClient.Configuration()
        outboundConfiguration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 64
        let outbound = HTTPClient(
            eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: outboundConfiguration)
        do {
            let client = PostgresClient(configuration: database.configuration, backgroundLogger: logger)
            var senders: [Channel: any DeliverySender] = [:]
            if let url = configuration.partnerCallbackURL {
                senders[.api] = HTTPCallbackSender(
                    url: url, bearerToken: configuration.partnerCallbackToken,
                    timeout: senderTimeout(configuration), client: outbound)
            }
            if let twitter = configuration.twitter, let token = twitter.accessToken {
                senders[.twitter] = TwitterSender(
                    apiBase: twitter.apiBase, accessToken: token, timeout: senderTimeout(configuration),
                    client: outbound)
            }
            var dependencies = HubDependencies(
                client: client, logger: logger, open311Jurisdiction: configuration.open311Jurisdiction,
                senders: senders)
            if let twitter = configuration.twitter {
                if twitter.mode != .poll {
                    dependencies.twitterWebhook = TwitterWebhook(
                        consumerSecret: twitter.consumerSecret, ourUserID: twitter.userID)
                }
                if twitter.mode != .webhook, let token = twitter.accessToken {
                    let timeline = TwitterTimeline(
                        apiBase: twitter.apiBase, accessToken: token, ourUserID: twitter.userID, client: outbound)
                    dependencies.channelServices.append(
                        TwitterPoller(
                            timeline: timeline, polled: PolledIntake(client: client, intake: dependencies.intake),
                            interval: twitter.pollInterval, logger: logger))
                }
            }
            let app = buildApplication(configuration, dependencies: dependencies)
            try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        } catch {
            try? await outbound.shutdown()
            try? await database.close()
            throw error
        }
        try? await outbound.shutdown()
        try await database.close()
        logger.info("stopped")
    }
}

/// A provider's answer must come well inside the delivery lease, or another hub
/// would take the delivery over while this one still waits.
func senderTimeout(_ configuration: HubConfiguration) -> TimeAmount {
    .milliseconds(Int64(min(10, configuration.deliveryLeaseSeconds / 2) * 1000))
}
