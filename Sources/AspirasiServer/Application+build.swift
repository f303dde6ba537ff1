import AspirasiStore
import ChannelKit
import FacebookAdapter
import ForumAdapter
import Hummingbird
import Logging
import PostgresNIO
import Prometheus
import SMSAdapter
import ServiceLifecycle
import TwitterAdapter

/// What the HTTP application needs from the outside: used by `serve` and by
/// the tests alike, so both run the same routes and middleware.
public struct HubDependencies: Sendable {
    public let client: PostgresClient
    public let metrics: PrometheusCollectorRegistry
    public let logger: Logger
    public let intake: IntakeQueue
    /// Intake for the channels the hub polls: cursor and messages in one transaction.
    public let polled: PolledIntake
    let apiKeys: APIKeyVerifier
    public let officers: OfficerStore
    public let workflow: ReportWorkflow
    public let serviceLevels: ServiceLevelStore
    /// The X webhook when the channel is configured.
    public var twitterWebhook: TwitterWebhook?
    /// The Kannel gateway's URL token and allowed addresses, when configured.
    public var kannel: (token: String, allowed: [IPNetwork])?
    /// The Twilio-style SMS webhook when a gateway is configured.
    public var twilioWebhook: TwilioWebhook?
    /// The Facebook Page webhook when the channel is configured.
    public var facebookWebhook: FacebookWebhook?
    /// The forum's signed (Discourse-style) webhook when its secret is configured.
    public var forumWebhook: DiscourseWebhook?
    /// Channels with an adapter on this hub (a sender or a webhook), which the partner API may not speak for.
    var adapterChannels: Set<AspirasiCore.Channel> {
        var channels = Set(senders.keys).subtracting([.api, .app])
        if twitterWebhook != nil { channels.insert(.twitter) }
        if facebookWebhook != nil { channels.insert(.facebook) }
        if twilioWebhook != nil || kannel != nil { channels.insert(.sms) }
        if forumWebhook != nil { channels.insert(.forum) }
        channels.formUnion(units.map(\.channel))
        return channels
    }

    /// Background services the configured channels add (pollers).
    public var channelServices: [any Service] = []
    /// The configured channels built as `ChannelUnit`s (`install`).
    public internal(set) var units: [any ChannelUnit] = []
    var unitWiring: ChannelWiringContext?
    /// Overrides the live photo fetcher (tests); nil: `SafePhotoFetcher` with the configured networks.
    public var photoFetcher: (any PhotoFetching)?
    public let passwords: PasswordHasher
    /// The console's cookies carry `Secure`: the hub is reached over HTTPS (`ASPIRASI_PUBLIC_HTTPS`).
    public var consoleSecureCookies = false
    /// When failed sign-ins lock a username or an address, and how long failures are held (tests shorten it).
    public var loginPolicy = LoginThrottle.Policy()
    /// The sending side of each channel that has one; deliveries of other channels wait. With LAPOR!'s,
    /// reports outside the province are forwarded there instead of refused.
    public var senders: [Channel: any DeliverySender] {
        didSet { intake.outsideArea.forwardToLapor(senders[.lapor] != nil) }
    }
    /// The `jurisdiction_id` Open311 clients name; others are refused.
    public let open311Jurisdiction: String

    public init(
        client: PostgresClient, metrics: PrometheusCollectorRegistry = .init(), logger: Logger,
        open311Jurisdiction: String = "jakarta", passwords: PasswordHasher = .init(),
        senders: [Channel: any DeliverySender] = [:]
    ) {
        self.senders = senders
        self.client = client
        self.open311Jurisdiction = open311Jurisdiction
        self.metrics = metrics
        self.logger = logger
        self.intake = IntakeQueue(client: client, logger: logger)
        intake.outsideArea.forwardToLapor(senders[.lapor] != nil)
        self.polled = PolledIntake(client: client, intake: self.intake)
        self.apiKeys = APIKeyVerifier(keys: APIKeyStore(client))
        self.officers = OfficerStore(client)
        let intake = self.intake
        self.workflow = ReportWorkflow(client: client, catalog: { try await intake.catalog() })
        self.passwords = passwords
        self.serviceLevels = ServiceLevelStore(client)
    }
}

/// The router with every route and middleware.
public func buildRouter(_ dependencies: HubDependencies) -> Router<HubRequestContext> {
    let router = Router(context: HubRequestContext.self)
    router.add(middleware: RequestMetricsMiddleware(registry: dependencies.metrics))
    router.add(middleware: ErrorMappingMiddleware())
    router.add(middleware: NULParameterMiddleware())
    Routes.add(to: router, dependencies)
    return router
}

func deliverySettings(_ configuration: HubConfiguration) -> DeliveryWorker.Settings {
    var settings = DeliveryWorker.Settings()
    settings.leaseSeconds = configuration.deliveryLeaseSeconds
    return settings
}

/// The application as `serve` runs it. The database client runs as one of its
/// services, and migrations and the first import finish before the server
/// accepts a connection.
public func buildApplication(
    _ configuration: HubConfiguration, dependencies: HubDependencies, prepareDatabase: Bool = true
) -> some ApplicationProtocol {
    var app = Application(
        router: buildRouter(dependencies),
        server: .guardedHTTP1(configuration.http, metrics: ConnectionMetrics(registry: dependencies.metrics)),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "aspirasi"),
        services: [
            dependencies.client,
            DeliveryWorker(
                outbox: OutboxStore(dependencies.client), senders: dependencies.senders,
                settings: deliverySettings(configuration), logger: dependencies.logger),
            ServiceLevelWorker(
                store: dependencies.serviceLevels, workingHours: configuration.workingHours,
                interval: configuration.slaInterval, logger: dependencies.logger),
            PhotoFetchWorker(
                store: PhotoFetchStore(dependencies.client),
                fetcher: TwitterDirectMessagePhotos(
                    wrapping: dependencies.unitPhotos(
                        wrapping: dependencies.photoFetcher
                            ?? SafePhotoFetcher(allowedNetworks: configuration.fetchAllowedNetworks))),
                logger: dependencies.logger),
            RawPayloadRetentionWorker(configuration, dependencies),
        ] + dependencies.channelServices,
        logger: dependencies.logger)
    if prepareDatabase {
        app.beforeServerStarts {
            try await DatabasePreparation.prepare(dependencies.client, logger: dependencies.logger)
            try await dependencies.intake.reloadCatalog()
        }
    }
    return app
}
