import AspirasiStore

/// A streaming standby for lag-tolerant reads (`DATABASE_READ_URL`) and how far behind it may be.
public struct ReadDatabaseSettings: Sendable {
    public var url: DatabaseURL
    /// Beyond this many seconds behind the primary, reads go to the primary (`ASPIRASI_READ_MAX_LAG_SECONDS`).
    public var maxLagSeconds: Double

    public init(url: DatabaseURL, maxLagSeconds: Double = 30) {
        self.url = url
        self.maxLagSeconds = maxLagSeconds
    }
}

extension SettingsResolver.Variable {
    public static let databaseReadURL = "DATABASE_READ_URL"
    public static let readMaxLag = "ASPIRASI_READ_MAX_LAG_SECONDS"
}

extension SettingsResolver {
    func resolveReadDatabase(value: (String?, String) -> String?, problems: inout [String])
        -> ReadDatabaseSettings?
    {
        var maxLag = 30.0
        if let text = value(nil, Variable.readMaxLag) {
            if let seconds = Double(text), (0...86_400).contains(seconds) {
                maxLag = seconds
            } else {
                problems.append("\(Variable.readMaxLag) must be a number of seconds from 0 to 86400, not \"\(text)\"")
            }
        }
        guard let text = value(nil, Variable.databaseReadURL) else { return nil }
        do {
            return ReadDatabaseSettings(url: try DatabaseURL(parsing: text), maxLagSeconds: maxLag)
        } catch {
            problems.append("\(Variable.databaseReadURL): \(error.message)")
            return nil
        }
    }
}
