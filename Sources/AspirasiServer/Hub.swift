import AspirasiCore
import AspirasiStore
import AsyncHTTPClient
import ChannelKit
import Hummingbird
import Logging
import NIOCore
import PostgresNIO
import Prometheus
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
            var dependencies = HubDependencies(
                client: client, logger: logger, open311Jurisdiction: configuration.open311Jurisdiction,
                senders: partnerCallback(configuration, client: outbound),
                classifierThreshold: configuration.classifierThreshold)
            if let read = configuration.readDatabase {
                logger.info("reads may go to a standby", metadata: ["database": "\(read.url.redacted)"])
                dependencies.readDatabase = ReadDatabase(
                    primary: client,
                    standby: PostgresClient(configuration: read.url.clientConfiguration(), backgroundLogger: logger),
                    maxLagSeconds: read.maxLagSeconds)
            }
            for unit in configuration.channelUnits {
                dependencies.install(unit, http: outbound, senderTimeout: senderTimeout(configuration))
            }
            dependencies.incidentInterval = configuration.incidentInterval
            dependencies.consoleSecureCookies = configuration.publicHTTPS
            dependencies.publicPages = configuration.publicPages
            dependencies.metricsToken = configuration.operations.metricsToken
            dependencies.metricsElsewhere = configuration.operations.metricsAddress != nil
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

    /// The partner systems' callback, the sender of the `api` channel, when configured.
    static func partnerCallback(_ configuration: HubConfiguration, client: HTTPClient) -> [Channel: any DeliverySender]
    {
        guard let url = configuration.partnerCallbackURL else { return [:] }
        return [
            .api: HTTPCallbackSender(
                url: url, bearerToken: configuration.partnerCallbackToken, timeout: senderTimeout(configuration),
                client: client)
        ]
    }
}

/// A provider's answer must come well inside the delivery lease, or another hub
/// would take the delivery over while this one still waits.
func senderTimeout(_ configuration: HubConfiguration) -> TimeAmount {
    .milliseconds(Int64(min(10, configuration.deliveryLeaseSeconds / 2) * 1000))
}
