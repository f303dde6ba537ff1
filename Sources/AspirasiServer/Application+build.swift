import AspirasiCore
import AspirasiStore
import ChannelKit
import Hummingbird
import Logging
import PostgresNIO
import Prometheus
import ServiceLifecycle
import Tracing
import TwitterAdapter

/// What the HTTP application needs from the outside: used by `serve` and by
/// the tests alike, so both run the same routes and middleware.
public struct HubDependencies: Sendable {
    public let client: PostgresClient
    /// For reads that tolerate some lag: dashboards' counts, the evaluation, public pages and their
    /// statistics. A streaming standby (`DATABASE_READ_URL`) while it keeps up, else the primary; use
    /// `readDatabase.read { client in ... }` so a standby that fails mid-read is retried on the primary.
    /// Writes and reads of what was just written (a report after an action, an officer's queue) use `client`.
    public var readDatabase: ReadDatabase
    public let metrics: PrometheusCollectorRegistry
    public let logger: Logger
    public let intake: IntakeQueue
    /// Intake for the channels the hub polls: cursor and messages in one transaction.
    public let polled: PolledIntake
    let apiKeys: APIKeyVerifier
    public let officers: OfficerStore
    public let workflow: ReportWorkflow
    public let serviceLevels: ServiceLevelStore
    /// The business metrics (swift-metrics into `metrics`).
    public let hubMetrics: HubMetrics
    /// Which background workers run, for `/readyz`.
    public let workers = WorkerStatus()
    /// Opened once the database is ready (`buildApplication`); the workers wait for it.
    public let databaseReady = StartGate()
    /// `/metrics` asks for this bearer token (`ASPIRASI_METRICS_TOKEN`); nil: open.
    public var metricsToken: String?
    /// `/metrics` is served on its own address (`ASPIRASI_METRICS_ADDRESS`), not on the main router.
    public var metricsElsewhere = false
    /// Channels with an adapter on this hub (a sender or a channel unit), which the partner API may not speak for.
    var adapterChannels: Set<AspirasiCore.Channel> {
        Set(senders.keys).subtracting([.api, .app]).union(units.map(\.channel))
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
    /// How old (seconds) the current month's evaluation may be before a request recomputes it; the
    /// `EvaluationWorker` refreshes it every minute.
    public var evaluationMaxAge: Double = 90
    /// Runs the `EvaluationWorker` (refresh, freeze, digest); tests that drive it themselves turn it off.
    public var runsEvaluationWorker = true
    /// Runs the `IncidentWorker` (surges into incidents); tests that drive the detector themselves turn it off.
    public var runsIncidentWorker = true
    /// How often the incident detector runs.
    public var incidentInterval = Duration.seconds(60)
    /// The monthly evaluation, scoped per reader.
    public var evaluations: EvaluationService {
        let intake = self.intake
        return EvaluationService(
            store: EvaluationStore(client, reads: readDatabase), catalog: { try await intake.catalog() },
            maxAge: evaluationMaxAge)
    }
    /// The public pages' cache, rate limit and trusted proxies.
    public var publicPages = PublicPageSettings()
    /// The `jurisdiction_id` Open311 clients name; others are refused.
    public let open311Jurisdiction: String

    public init(
        client: PostgresClient, metrics: PrometheusCollectorRegistry = .init(), logger: Logger,
        open311Jurisdiction: String = "jakarta", passwords: PasswordHasher = .init(),
        senders: [Channel: any DeliverySender] = [:], classifierThreshold: Double = TriageClassifier.defaultThreshold
    ) {
        self.senders = senders
        self.client = client
        self.readDatabase = ReadDatabase(primary: client)
        self.open311Jurisdiction = open311Jurisdiction
        self.metrics = metrics
        self.logger = logger
        self.hubMetrics = HubMetrics(registry: metrics)
        self.intake = IntakeQueue(
            client: client, logger: logger, observer: hubMetrics.intakeObserver,
            learned: LearnedClassifier(threshold: classifierThreshold, timed: hubMetrics.classificationTimer))
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
    router.add(middleware: RequestIDMiddleware())
    // Only with a tracer bootstrapped: for the no-op tracer the middleware still builds every request's span
    // attributes, 7% of the hub's CPU on `locate` (perf), and carries nothing anywhere.
    if !(InstrumentationSystem.tracer is NoOpTracer) {
        router.add(middleware: TracingMiddleware(redactingQueryParameters: tracingRedactedParameters))
    }
    router.add(middleware: RequestMetricsMiddleware(registry: dependencies.metrics))
    router.add(middleware: ErrorMappingMiddleware())
    router.add(middleware: NULParameterMiddleware())
    Routes.add(to: router, dependencies)
    return router
}

func evaluationServices(_ configuration: HubConfiguration, _ dependencies: HubDependencies) -> [any Service] {
    guard dependencies.runsEvaluationWorker else { return [] }
    return [
        EvaluationWorker(
            store: EvaluationStore(dependencies.client), digests: EvaluationDigestStore(dependencies.client),
            serviceLevels: dependencies.serviceLevels, workingHours: configuration.workingHours,
            logger: dependencies.logger)
    ]
}

/// The standby's client and the monitor that measures its lag, when a standby is configured.
func standbyServices(_ dependencies: HubDependencies) -> [any Service] {
    guard let standby = dependencies.readDatabase.standby else { return [] }
    return [
        standby,
        dependencies.workers.monitored(
            StandbyLagMonitor(
                database: dependencies.readDatabase, metrics: dependencies.hubMetrics, logger: dependencies.logger),
            name: "standby-lag", after: dependencies.databaseReady),
    ]
}

/// The surge detector, unless the hub was built without it (most tests).
func incidentServices(_ dependencies: HubDependencies) -> [any Service] {
    guard dependencies.runsIncidentWorker else { return [] }
    let intake = dependencies.intake
    return [
        IncidentWorker(
            detector: IncidentDetector(client: dependencies.client, catalog: { try await intake.catalog() }),
            interval: dependencies.incidentInterval, logger: dependencies.logger)
    ]
}

func deliverySettings(_ configuration: HubConfiguration) -> DeliveryWorker.Settings {
    var settings = DeliveryWorker.Settings()
    settings.leaseSeconds = configuration.deliveryLeaseSeconds
    settings.concurrentRounds = configuration.deliveryRounds
    settings.batchSize = configuration.deliveryBatch
    return settings
}

/// The application as `serve` runs it. The database client runs as one of its
/// services, and migrations and the first import finish before the server
/// accepts a connection.
public func buildApplication(
    _ configuration: HubConfiguration, dependencies: HubDependencies, prepareDatabase: Bool = true
) -> some ApplicationProtocol {
    let workers: [(name: String, service: any Service)] =
        [
            (
                "delivery",
                DeliveryWorker(
                    outbox: OutboxStore(dependencies.client), senders: dependencies.senders,
                    settings: deliverySettings(configuration), metrics: dependencies.hubMetrics,
                    logger: dependencies.logger)
            ),
            (
                "service-levels",
                ServiceLevelWorker(
                    store: dependencies.serviceLevels, workingHours: configuration.workingHours,
                    interval: configuration.slaInterval, metrics: dependencies.hubMetrics, logger: dependencies.logger)
            ),
            (
                "photos",
                PhotoFetchWorker(
                    store: PhotoFetchStore(dependencies.client),
                    fetcher: TwitterDirectMessagePhotos(
                        wrapping: dependencies.unitPhotos(
                            wrapping: dependencies.photoFetcher
                                ?? SafePhotoFetcher(allowedNetworks: configuration.fetchAllowedNetworks))),
                    metrics: dependencies.hubMetrics, logger: dependencies.logger)
            ),
            ("raw-payload-retention", RawPayloadRetentionWorker(configuration, dependencies)),
            (
                "partition-maintenance",
                PartitionMaintenanceWorker(
                    partitions: MonthPartitions(dependencies.client), monthsAhead: configuration.partitionMonthsAhead,
                    logger: dependencies.logger)
            ),
            ("reference-data", ReferenceDataWatcher(intake: dependencies.intake, logger: dependencies.logger)),
            (
                "classifier",
                ClassifierWorker(
                    models: ClassifierModels(dependencies.client), intake: dependencies.intake,
                    retrainInterval: configuration.classifierRetrainInterval, logger: dependencies.logger)
            ),
            (
                "operations-sampler",
                OperationsSampler(
                    client: dependencies.client, metrics: dependencies.hubMetrics,
                    interval: configuration.operations.sampleInterval, logger: dependencies.logger)
            ),
        ]
        + evaluationServices(configuration, dependencies).map { ("evaluation", $0) }
        + incidentServices(dependencies).map { ("incidents", $0) }
        + dependencies.channelServices.enumerated().map { ("channel-\($0.offset)-\(type(of: $0.element))", $0.element) }
    var services: [any Service] = [dependencies.client]
    services += standbyServices(dependencies)
    services += workers.map {
        dependencies.workers.monitored($0.service, name: $0.name, after: dependencies.databaseReady)
    }
    if let address = configuration.operations.metricsAddress {
        services.append(metricsApplication(address, dependencies))
    }
    var app = Application(
        router: buildRouter(dependencies),
        server: .guardedHTTP1(configuration.http, metrics: ConnectionMetrics(registry: dependencies.metrics)),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "aspirasi"),
        services: services,
        logger: dependencies.logger)
    if prepareDatabase {
        app.beforeServerStarts {
            try await DatabaseStartup.waitingForDatabase(logger: dependencies.logger) {
                try await DatabasePreparation.prepare(dependencies.client, logger: dependencies.logger)
                try await dependencies.intake.reloadCatalog()
            }
            dependencies.databaseReady.open()
        }
    } else {
        dependencies.databaseReady.open()
    }
    return app
}

/// `/metrics` alone on its own address (`ASPIRASI_METRICS_ADDRESS`), e.g. loopback or a management
/// network that only the scraper reaches, so the public listener need not expose it at all.
func metricsApplication(_ address: (host: String, port: Int), _ dependencies: HubDependencies) -> some Service {
    let router = Router()
    router.get(
        "/metrics", use: MetricsRoutes(registry: dependencies.metrics, token: dependencies.metricsToken).emit)
    return Application(
        router: router, configuration: .init(address: .hostname(address.host, port: address.port)),
        logger: dependencies.logger)
}
