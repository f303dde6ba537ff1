extension SettingsResolver {
    /// How often the incident worker looks for surges (`ASPIRASI_INCIDENT_INTERVAL_SECONDS`, 1 to 3600).
    func resolveIncidentInterval(value: (String?, String) -> String?, problems: inout [String]) -> Duration {
        guard let text = value(nil, Variable.incidentInterval) else { return .seconds(60) }
        guard let seconds = Int(text), (1...3600).contains(seconds) else {
            problems.append("\(Variable.incidentInterval) must be a number of seconds from 1 to 3600, not \"\(text)\"")
            return .seconds(60)
        }
        return .seconds(seconds)
    }
}
