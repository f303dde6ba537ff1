import Foundation

private typealias Variable = SettingsResolver.Variable

/// SP4N-LAPOR!: the agency API's base URL, our token and instansi id, and how often to pull.
public struct LaporSettings: Sendable {
    public var base: String
    public var token: String
    public var agency: String
    public var pollInterval = Duration.seconds(300)
}

extension SettingsResolver.Variable {
    public static let laporURL = "ASPIRASI_LAPOR_URL"
    public static let laporToken = "ASPIRASI_LAPOR_TOKEN"
    public static let laporAgency = "ASPIRASI_LAPOR_AGENCY"
    public static let laporPollSeconds = "ASPIRASI_LAPOR_POLL_SECONDS"
}

extension LaporSettings {
    static func resolve(_ source: ChannelSettingsSource, problems: inout [String]) -> LaporSettings? {
        let names = [Variable.laporURL, Variable.laporToken, Variable.laporAgency]
        let values = names.map { source.value($0) }
        guard values.contains(where: { $0 != nil }) else { return nil }
        guard let url = values[0], let token = values[1], let agency = values[2], ChannelSettingsSource.isHTTP(url)
        else {
            problems.append("SP4N-LAPOR! needs \(names.joined(separator: ", ")) (the first an http(s) URL)")
            return nil
        }
        var settings = LaporSettings(base: url, token: token, agency: agency)
        settings.pollInterval = source.pollSeconds(Variable.laporPollSeconds, default: 300, problems: &problems)
        return settings
    }
}
