import Foundation

/// How operators watch the hub: who may read `/metrics`, where it is served, and how often the
/// database-backed gauges are sampled.
public struct OperationsSettings: Sendable {
    /// `/metrics` requires `Authorization: Bearer <token>` (`ASPIRASI_METRICS_TOKEN`); nil: open.
    public var metricsToken: String?
    /// Serve `/metrics` (and the probes) on this address only, e.g. `127.0.0.1:9464`
    /// (`ASPIRASI_METRICS_ADDRESS`); nil: on the main address.
    public var metricsAddress: (host: String, port: Int)?
    /// How often the outbox and poller gauges are read from the database (`ASPIRASI_METRICS_SAMPLE_SECONDS`).
    public var sampleInterval = Duration.seconds(15)

    public init() {}
}

extension SettingsResolver {
    func resolveOperations(value: (String?, String) -> String?, problems: inout [String]) -> OperationsSettings {
        var settings = OperationsSettings()
        if let token = value(nil, Variable.metricsToken) {
            if token.utf8.count < 16 || token.contains(where: \.isWhitespace) {
                problems.append("\(Variable.metricsToken) must be at least 16 characters without spaces")
            } else {
                settings.metricsToken = token
            }
        }
        if let text = value(nil, Variable.metricsAddress) {
            if let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
                (1...65535).contains(port), colon != text.startIndex
            {
                let host = String(text[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
                settings.metricsAddress = (host, port)
            } else {
                problems.append("\(Variable.metricsAddress) must be host:port, e.g. 127.0.0.1:9464, not \"\(text)\"")
            }
        }
        if let text = value(nil, Variable.metricsSampleSeconds) {
            if let seconds = Int(text), (1...3600).contains(seconds) {
                settings.sampleInterval = .seconds(seconds)
            } else {
                problems.append(
                    "\(Variable.metricsSampleSeconds) must be a number of seconds from 1 to 3600, not \"\(text)\"")
            }
        }
        return settings
    }
}
