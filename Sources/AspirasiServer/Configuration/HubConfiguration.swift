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
    /// The hub is reached over HTTPS (a TLS proxy in front): console cookies get `Secure`
    /// (`ASPIRASI_PUBLIC_HTTPS`).
    public var publicHTTPS = false
    /// How many days raw payloads are kept before the retention worker clears them
    /// (`ASPIRASI_RAW_RETENTION_DAYS`); messages keep their text and photos.
    public var rawRetentionDays = 90
    /// Timeouts and connection limits of the HTTP server (`ASPIRASI_HTTP_*`).
    public var http = HTTPLimits()
    /// The public pages' cache, rate limit and trusted proxies.
    public var publicPages = PublicPageSettings()
    /// Metrics access and sampling (`ASPIRASI_METRICS_*`).
    public var operations = OperationsSettings()
    /// The X channel (`ASPIRASI_X_*`); nil: not configured.
    public var twitter: TwitterSettings?
    /// The Facebook Page channel (`ASPIRASI_FB_*`); nil: not configured.
    public var facebook: FacebookSettings?
    /// A Twilio-style SMS gateway (`ASPIRASI_TWILIO_*`); nil: not configured.
    public var twilio: TwilioSettings?
    /// A Kannel SMS gateway (`ASPIRASI_KANNEL_*`); nil: not configured.
    public var kannel: KannelSettings?
    /// The Qlue feed (`ASPIRASI_QLUE_*`); nil: not configured.
    public var qlue: QlueSettings?
    /// SP4N-LAPOR! (`ASPIRASI_LAPOR_*`); nil: not configured.
    public var lapor: LaporSettings?
    /// The Balai Warga forum (`ASPIRASI_FORUM_*`); nil: not configured.
    public var forum: ForumSettings?
    /// E-mail in over IMAP and out over SMTP (`ASPIRASI_IMAP_*`, `ASPIRASI_SMTP_*`); nil: not configured.
    public var email: EmailSettings?
    /// The configured channels of `ChannelRegistry` (WhatsApp), each with its own settings.
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

/// What the X channel needs: the app's consumer secret (webhook CRC and
/// signatures), our account's user id (to drop our own echoes), a
/// user-context OAuth 2.0 access token to reply and poll, and the API's base
/// URL (tests point it at a fake). Such a token lives two hours: with a refresh
/// token (scope `offline.access`) and the app's OAuth 2.0 client id (and secret,
/// for a confidential client) the hubs renew it, keeping the rotating refresh
/// token in PostgreSQL.
public struct TwitterSettings: Sendable {
    public var consumerSecret: String
    public var userID: String
    public var accessToken: String?
    /// The first refresh token (`ASPIRASI_X_REFRESH_TOKEN`); stored only while the database has none.
    public var refreshToken: String?
    public var clientID: String?
    public var clientSecret: String?
    public var apiBase: String
    /// Take mentions and DMs from the webhook, by polling the v2 API, or both (`ASPIRASI_X_MODE`).
    public var mode: Mode = .webhook
    /// How often to poll (`ASPIRASI_X_POLL_SECONDS`); X's mention timeline allows few reads per 15 minutes.
    public var pollInterval = Duration.seconds(90)

    public enum Mode: String, Sendable, CaseIterable {
        case webhook
        case poll
        case both
    }

    public init(
        consumerSecret: String, userID: String, accessToken: String? = nil, apiBase: String = "https://api.x.com"
    ) {
        self.consumerSecret = consumerSecret
        self.userID = userID
        self.accessToken = accessToken
        self.apiBase = apiBase
    }
}

/// What the Facebook Page channel needs: the app secret (signatures), the
/// verify token chosen when subscribing the webhook, the page's id (to drop
/// its own writing), a page access token to reply, and the Graph API's base.
public struct FacebookSettings: Sendable {
    public var appSecret: String
    public var verifyToken: String
    public var pageID: String
    public var pageToken: String?
    public var graphBase: String
    /// The app has Meta's Human Agent permission: officers' replies may go with `HUMAN_AGENT` for 7 days.
    public var humanAgent: Bool

    public init(
        appSecret: String, verifyToken: String, pageID: String, pageToken: String? = nil,
        graphBase: String = "https://graph.facebook.com/v21.0", humanAgent: Bool = false
    ) {
        self.humanAgent = humanAgent
        self.appSecret = appSecret
        self.verifyToken = verifyToken
        self.pageID = pageID
        self.pageToken = pageToken
        self.graphBase = graphBase
    }
}

/// A Twilio-style SMS gateway: account id and auth token (basic auth and
/// the webhook signature key), our number or messaging service, the exact
/// public URL the gateway calls (part of what it signs), and the API base.
public struct TwilioSettings: Sendable {
    public var accountSID: String
    public var authToken: String
    public var from: String
    public var webhookURL: String
    public var apiBase: String

    public init(
        accountSID: String, authToken: String, from: String, webhookURL: String,
        apiBase: String = "https://api.twilio.com"
    ) {
        self.accountSID = accountSID
        self.authToken = authToken
        self.from = from
        self.webhookURL = webhookURL
        self.apiBase = apiBase
    }
}

/// A Kannel gateway: the secret in the get-url and dlr-url paths, the
/// addresses smsbox calls from, and for sending the sendsms URL, user and
/// sender number, and the hub's own URL as Kannel reaches it (for dlr-url).
public struct KannelSettings: Sendable {
    public var token: String
    public var allowed: [IPNetwork]
    public var sendsmsURL: String?
    public var username: String
    public var password: String
    public var from: String
    public var hubURL: String

    public init(
        token: String, allowed: [IPNetwork], sendsmsURL: String?, username: String, password: String, from: String,
        hubURL: String
    ) {
        self.token = token
        self.allowed = allowed
        self.sendsmsURL = sendsmsURL
        self.username = username
        self.password = password
        self.from = from
        self.hubURL = hubURL
    }

    /// Where Kannel reports on the SMS we send.
    public var reportURL: String { "\(hubURL)/webhooks/sms/kannel/\(token)/dlr" }
}
