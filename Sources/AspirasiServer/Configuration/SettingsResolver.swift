import AspirasiCore
import AspirasiStore
import ChannelKit
import Foundation
import Logging

/// Turns raw settings (flags win over environment variables) into a
/// `HubConfiguration`, collecting every problem before failing.
public struct SettingsResolver: Sendable {
    /// The raw text of each setting as given on the command line; nil when absent.
    public struct Flags: Sendable {
        public var host: String?
        public var port: String?
        public var dataDirectory: String?
        public var databaseURL: String?
        public var logLevel: String?
        public var logFormat: String?
        public var open311Jurisdiction: String?

        public init(
            host: String? = nil, port: String? = nil, dataDirectory: String? = nil, databaseURL: String? = nil,
            logLevel: String? = nil, logFormat: String? = nil, open311Jurisdiction: String? = nil
        ) {
            self.open311Jurisdiction = open311Jurisdiction
            self.host = host
            self.port = port
            self.dataDirectory = dataDirectory
            self.databaseURL = databaseURL
            self.logLevel = logLevel
            self.logFormat = logFormat
        }
    }

    /// The environment variable behind each flag.
    public enum Variable {
        public static let host = "ASPIRASI_HOST"
        public static let port = "ASPIRASI_PORT"
        public static let dataDirectory = "ASPIRASI_DATA_DIR"
        public static let databaseURL = "DATABASE_URL"
        public static let logLevel = "LOG_LEVEL"
        public static let logFormat = "LOG_FORMAT"
        public static let open311Jurisdiction = "OPEN311_JURISDICTION"
        public static let partnerCallbackURL = "ASPIRASI_PARTNER_CALLBACK_URL"
        public static let partnerCallbackToken = "ASPIRASI_PARTNER_CALLBACK_TOKEN"
        public static let workingHours = "ASPIRASI_WORKING_HOURS"
        public static let slaInterval = "ASPIRASI_SLA_INTERVAL_SECONDS"
        public static let incidentInterval = "ASPIRASI_INCIDENT_INTERVAL_SECONDS"
        public static let classifierThreshold = "ASPIRASI_CLASSIFIER_THRESHOLD"
        public static let classifierRetrainHours = "ASPIRASI_CLASSIFIER_RETRAIN_HOURS"
        public static let fetchAllowedNetworks = "ASPIRASI_FETCH_ALLOWED_NETWORKS"
        public static let deliveryLease = "ASPIRASI_DELIVERY_LEASE_SECONDS"
        public static let deliveryRounds = "ASPIRASI_DELIVERY_ROUNDS"
        public static let deliveryBatch = "ASPIRASI_DELIVERY_BATCH"
        public static let publicHTTPS = "ASPIRASI_PUBLIC_HTTPS"
        public static let rawRetentionDays = "ASPIRASI_RAW_RETENTION_DAYS"
        public static let partitionMonthsAhead = "ASPIRASI_PARTITION_MONTHS_AHEAD"
        public static let publicURL = "ASPIRASI_PUBLIC_URL"
        public static let httpHeaderTimeout = "ASPIRASI_HTTP_HEADER_TIMEOUT_SECONDS"
        public static let httpBodyTimeout = "ASPIRASI_HTTP_BODY_TIMEOUT_SECONDS"
        public static let httpIdleTimeout = "ASPIRASI_HTTP_IDLE_TIMEOUT_SECONDS"
        public static let httpMaxConnectionsPerAddress = "ASPIRASI_HTTP_MAX_CONNECTIONS_PER_ADDRESS"
        public static let httpMaxConnections = "ASPIRASI_HTTP_MAX_CONNECTIONS"
        public static let metricsToken = "ASPIRASI_METRICS_TOKEN"
        public static let metricsAddress = "ASPIRASI_METRICS_ADDRESS"
        public static let metricsSampleSeconds = "ASPIRASI_METRICS_SAMPLE_SECONDS"
        public static let publicCacheSeconds = "ASPIRASI_PUBLIC_CACHE_SECONDS"
        public static let publicRequestsPerMinute = "ASPIRASI_PUBLIC_REQUESTS_PER_MINUTE"
        public static let trustedProxies = "ASPIRASI_TRUSTED_PROXIES"
    }

    let environment: [String: String]
    let isRoot: Bool

    public init(environment: [String: String], isRoot: Bool) {
        self.environment = environment
        self.isRoot = isRoot
    }

    public func resolve(_ flags: Flags) throws(ConfigurationError) -> HubConfiguration {
        var problems: [String] = []
        /// A whole-number setting within `range`, or its default and a problem naming the variable.
        func integer(
            _ text: String?, _ variable: String, in range: ClosedRange<Int>, _ what: String, default: Int,
            _ problems: inout [String]
        ) -> Int {
            guard let text else { return `default` }
            guard let number = Int(text), range.contains(number) else {
                problems.append(
                    "\(variable) must be \(what) from \(range.lowerBound) to \(range.upperBound), not \"\(text)\"")
                return `default`
            }
            return number
        }
        func value(_ flag: String?, _ variable: String) -> String? {
            (flag ?? environment[variable]).flatMap { $0.isEmpty ? nil : $0 }
        }

        let host = value(flags.host, Variable.host) ?? "127.0.0.1"
        if host.contains(where: { $0.isWhitespace || $0 == "/" }) {
            problems.append("host (--host or \(Variable.host)) must be a host name or IP address, not \"\(host)\"")
        }
        var port = 8080
        if let text = value(flags.port, Variable.port) {
            if let number = Int(text), (1...65535).contains(number) {
                port = number
            } else {
                problems.append("port (--port or \(Variable.port)) must be a number from 1 to 65535, not \"\(text)\"")
            }
        }
        let database = resolveDatabase(flags, value: value, problems: &problems)
        var level = Logger.Level.info
        if let text = value(flags.logLevel, Variable.logLevel) {
            if let parsed = Logger.Level(rawValue: text.lowercased()) {
                level = parsed
            } else {
                let names = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append(
                    "log level (--log-level or \(Variable.logLevel)) must be one of \(names), not \"\(text)\"")
            }
        }
        var format = HubConfiguration.LogFormat.text
        if let text = value(flags.logFormat, Variable.logFormat) {
            if let parsed = HubConfiguration.LogFormat(rawValue: text.lowercased()) {
                format = parsed
            } else {
                problems.append(
                    "log format (--log-format or \(Variable.logFormat)) must be text or json, not \"\(text)\"")
            }
        }
        let jurisdiction = value(flags.open311Jurisdiction, Variable.open311Jurisdiction) ?? "jakarta"
        if !jurisdiction.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" }) {
            problems.append(
                "Open311 jurisdiction (--open311-jurisdiction or \(Variable.open311Jurisdiction)) may hold letters, digits, dots, dashes and underscores only"
            )
        }
        let callback = value(nil, Variable.partnerCallbackURL)
        if let callback, !ChannelSettingsSource.isHTTP(callback) {
            problems.append("\(Variable.partnerCallbackURL) must be an http(s) URL")
        }
        var workingHours = WorkingCalendar.jakartaDefault
        if let text = value(nil, Variable.workingHours) {
            switch WorkingCalendar.parse(text) {
            case .success(let calendar): workingHours = calendar
            case .failure(let error):
                problems.append(
                    "\(Variable.workingHours) must look like \"\(WorkingCalendar.jakartaOfficeHours)\": \(error)")
            }
        }
        var slaInterval = Duration.seconds(60)
        if let text = value(nil, Variable.slaInterval) {
            if let seconds = Int(text), (1...3600).contains(seconds) {
                slaInterval = .seconds(seconds)
            } else {
                problems.append("\(Variable.slaInterval) must be a number of seconds from 1 to 3600, not \"\(text)\"")
            }
        }
        let incidentInterval = resolveIncidentInterval(value: value, problems: &problems)
        let classifier = resolveClassifier(value: value, problems: &problems)
        var networks: [IPNetwork] = []
        for text in (value(nil, Variable.fetchAllowedNetworks) ?? "").split(separator: ",") {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let network = IPNetwork(trimmed) {
                networks.append(network)
            } else {
                problems.append(
                    "\(Variable.fetchAllowedNetworks) holds \"\(trimmed)\", which is not a CIDR block such as 10.1.0.0/16"
                )
            }
        }
        var lease = 60.0
        if let text = value(nil, Variable.deliveryLease) {
            if let seconds = Double(text), (1...3600).contains(seconds) {
                lease = seconds
            } else {
                problems.append("\(Variable.deliveryLease) must be a number of seconds from 1 to 3600, not \"\(text)\"")
            }
        }
        let deliveryRounds = integer(
            value(nil, Variable.deliveryRounds), Variable.deliveryRounds, in: 1...32, "a number", default: 4, &problems)
        let deliveryBatch = integer(
            value(nil, Variable.deliveryBatch), Variable.deliveryBatch, in: 1...500, "a number", default: 100, &problems
        )
        var publicHTTPS = false
        if let text = value(nil, Variable.publicHTTPS) {
            if let flag = Bool(text.lowercased()) {
                publicHTTPS = flag
            } else {
                problems.append("\(Variable.publicHTTPS) must be true or false, not \"\(text)\"")
            }
        }
        let rawRetentionDays = integer(
            value(nil, Variable.rawRetentionDays), Variable.rawRetentionDays, in: 1...3650, "a number of days",
            default: 90, &problems)
        var partitionMonthsAhead = 3
        if let text = value(nil, Variable.partitionMonthsAhead) {
            if let months = Int(text), (1...24).contains(months) {
                partitionMonthsAhead = months
            } else {
                problems.append(
                    "\(Variable.partitionMonthsAhead) must be a number of months from 1 to 24, not \"\(text)\"")
            }
        }
        let http = resolveHTTPLimits(value: value, problems: &problems)
        let publicPages = resolvePublicPages(value: value, problems: &problems)
        let readDatabase = resolveReadDatabase(value: value, problems: &problems)
        let operations = resolveOperations(value: value, problems: &problems)
        let units = ChannelRegistry.configured(
            ChannelSettingsSource(environment: environment, port: port), problems: &problems)
        guard problems.isEmpty, let database else { throw ConfigurationError(problems: problems) }
        var configuration = HubConfiguration(
            host: host, port: port, database: database, logLevel: level, logFormat: format,
            open311Jurisdiction: jurisdiction)
        configuration.partnerCallbackURL = callback
        configuration.partnerCallbackToken = value(nil, Variable.partnerCallbackToken)
        configuration.workingHours = workingHours
        configuration.slaInterval = slaInterval
        configuration.incidentInterval = incidentInterval
        (configuration.classifierThreshold, configuration.classifierRetrainInterval) = classifier
        configuration.fetchAllowedNetworks = networks
        configuration.deliveryLeaseSeconds = lease
        configuration.deliveryRounds = deliveryRounds
        configuration.deliveryBatch = deliveryBatch
        configuration.publicHTTPS = publicHTTPS
        configuration.rawRetentionDays = rawRetentionDays
        configuration.partitionMonthsAhead = partitionMonthsAhead
        configuration.http = http
        configuration.publicPages = publicPages
        configuration.readDatabase = readDatabase
        configuration.operations = operations
        configuration.channelUnits = units
        return configuration
    }

    private func resolveDatabase(
        _ flags: Flags, value: (String?, String) -> String?, problems: inout [String]
    ) -> DatabaseLocation? {
        let url = value(flags.databaseURL, Variable.databaseURL)
        let directory = value(flags.dataDirectory, Variable.dataDirectory)
        if let url {
            if directory != nil {
                problems.append(
                    "give either a database URL (\(Variable.databaseURL)) or a data directory (--data-dir), not both")
            }
            do {
                return .server(try DatabaseURL(parsing: url))
            } catch {
                problems.append(error.message)
                return nil
            }
        }
        let path = directory ?? DatabaseLocation.defaultDataDirectory(environment: environment, isRoot: isRoot)
        guard path.hasPrefix("/") || !path.isEmpty else {
            problems.append("data directory (--data-dir or \(Variable.dataDirectory)) must be a path")
            return nil
        }
        return .embedded(dataDirectory: path)
    }
}
