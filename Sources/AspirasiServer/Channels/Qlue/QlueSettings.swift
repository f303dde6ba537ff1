import Foundation

private typealias Variable = SettingsResolver.Variable

/// The Qlue feed: its base URL, the operator's key, and how often to poll.
public struct QlueSettings: Sendable {
    public var base: String
    public var key: String
    public var pollInterval = Duration.seconds(60)
}

extension SettingsResolver.Variable {
    public static let qlueURL = "ASPIRASI_QLUE_URL"
    public static let qlueKey = "ASPIRASI_QLUE_KEY"
    public static let qluePollSeconds = "ASPIRASI_QLUE_POLL_SECONDS"
}

extension QlueSettings {
    static func resolve(_ source: ChannelSettingsSource, problems: inout [String]) -> QlueSettings? {
        let url = source.value(Variable.qlueURL)
        let key = source.value(Variable.qlueKey)
        guard url != nil || key != nil else { return nil }
        guard let url, let key, ChannelSettingsSource.isHTTP(url) else {
            problems.append("the Qlue feed needs \(Variable.qlueURL) (an http(s) URL) and \(Variable.qlueKey)")
            return nil
        }
        var settings = QlueSettings(base: url, key: key)
        settings.pollInterval = source.pollSeconds(Variable.qluePollSeconds, default: 60, problems: &problems)
        return settings
    }
}
