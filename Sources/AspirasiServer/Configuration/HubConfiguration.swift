import AspirasiCore
import AspirasiStore
import ChannelKit
import Logging

/// Everything the hub needs to start, resolved from flags and environment.
public struct HubConfiguration: Sendable {
    public enum LogFormat: String, Sendable, CaseIterable {
        case text
        case json
    }

    public var host: String
    public var port: Int
    public var database: DatabaseLocation
    /// A streaming standby for dashboards, the evaluation and public pages (`DATABASE_READ_URL`); nil: all on `database`.
    public var readDatabase: ReadDatabaseSettings?
    public var logLevel: Logger.Level
    public var logFormat: LogFormat
    /// The Open311 `jurisdiction_id` this hub answers for.
    public var open311Jurisdiction: String
    /// Where status updates for partner-API reports are posted (`ASPIRASI_PARTNER_CALLBACK_URL`); none: kept pending.
    public var partnerCallbackURL: String?
    /// Sent as a bearer token with each callback (`ASPIRASI_PARTNER_CALLBACK_TOKEN`), a secret from configuration.
    public var partnerCallbackToken: String?
    /// Office hours the working-hours SLA clock runs on (`ASPIRASI_WORKING_HOURS`).
    public var workingHours = WorkingCalendar.jakartaDefault
    /// How often the SLA worker looks for late reports (`ASPIRASI_SLA_INTERVAL_SECONDS`).
    public var slaInterval = Duration.seconds(60)
    /// How often the incident worker groups surges into incidents (`ASPIRASI_INCIDENT_INTERVAL_SECONDS`).
    public var incidentInterval = Duration.seconds(60)
    /// Below this confidence the learned classifier's guess is not acted on and the report goes to
    /// triage (`ASPIRASI_CLASSIFIER_THRESHOLD`, 0.5 to 0.99).
    public var classifierThreshold = TriageClassifier.defaultThreshold
    /// How old the newest classifier model may get before a hub trains the next one
    /// (`ASPIRASI_CLASSIFIER_RETRAIN_HOURS`, 1 to 720; `aspirasi classifier train` trains at once).
    public var classifierRetrainInterval = Duration.seconds(24 * 3600)
    /// Private networks the photo fetcher may reach after all (`ASPIRASI_FETCH_ALLOWED_NETWORKS`,
    /// comma-separated CIDR blocks, e.g. an internal media server); none by default.
    public var fetchAllowedNetworks: [IPNetwork] = []
    /// How long a worker holds a claimed delivery before another may take it
    /// (`ASPIRASI_DELIVERY_LEASE_SECONDS`); longer than any provider's answer.
    public var deliveryLeaseSeconds = 60.0
    /// Delivery rounds each hub runs at once (`ASPIRASI_DELIVERY_ROUNDS`), each of up to `deliveryBatch` sends.
    public var deliveryRounds = 4
    /// Deliveries a round claims and sends at once (`ASPIRASI_DELIVERY_BATCH`).
    public var deliveryBatch = 100
    /// The hub is reached over HTTPS (a TLS proxy in front): console cookies get `Secure`
    /// (`ASPIRASI_PUBLIC_HTTPS`).
    public var publicHTTPS = false
    /// How many days raw payloads are kept before the retention worker clears them
    /// (`ASPIRASI_RAW_RETENTION_DAYS`); messages keep their text and photos.
    public var rawRetentionDays = 90
    /// How many months ahead the partition worker keeps month partitions ready
    /// (`ASPIRASI_PARTITION_MONTHS_AHEAD`).
    public var partitionMonthsAhead = 3
    /// Timeouts and connection limits of the HTTP server (`ASPIRASI_HTTP_*`).
    public var http = HTTPLimits()
    /// The public pages' cache, rate limit and trusted proxies.
    public var publicPages = PublicPageSettings()
    /// Metrics access and sampling (`ASPIRASI_METRICS_*`).
    public var operations = OperationsSettings()
    /// The configured channels of `ChannelRegistry`, each with its own settings.
    public var channelUnits: [any ChannelUnit] = []

    public init(
        host: String = "127.0.0.1", port: Int = 8080, database: DatabaseLocation,
        logLevel: Logger.Level = .info, logFormat: LogFormat = .text, open311Jurisdiction: String = "jakarta"
    ) {
        self.open311Jurisdiction = open311Jurisdiction
        self.host = host
        self.port = port
        self.database = database
        self.logLevel = logLevel
        self.logFormat = logFormat
    }
}

/// Every problem found in the settings, reported together so that an operator
/// fixes them in one pass rather than one restart each.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public let problems: [String]

    public var description: String {
        (["invalid configuration:"] + problems.map { "  - \($0)" }).joined(separator: "\n")
    }
}
