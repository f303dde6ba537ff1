/// The HTTP server's timeouts and connection limits.
extension SettingsResolver {
    func resolveHTTPLimits(value: (String?, String) -> String?, problems: inout [String]) -> HTTPLimits {
        var limits = HTTPLimits()
        func number(_ variable: String, _ range: ClosedRange<Int>, what: String) -> Int? {
            guard let text = value(nil, variable) else { return nil }
            guard let number = Int(text), range.contains(number) else {
                problems.append(
                    "\(variable) must be a number of \(what) from \(range.lowerBound) to \(range.upperBound), not \"\(text)\""
                )
                return nil
            }
            return number
        }
        if let seconds = number(Variable.httpHeaderTimeout, 1...600, what: "seconds") {
            limits.headerTimeout = .seconds(seconds)
        }
        if let seconds = number(Variable.httpBodyTimeout, 1...3600, what: "seconds") {
            limits.bodyTimeout = .seconds(seconds)
        }
        if let seconds = number(Variable.httpIdleTimeout, 1...3600, what: "seconds") {
            limits.idleTimeout = .seconds(seconds)
        }
        if let count = number(Variable.httpMaxConnectionsPerAddress, 0...1_000_000, what: "connections") {
            limits.connectionsPerAddress = count
        }
        if let count = number(Variable.httpMaxConnections, 1...1_000_000, what: "connections") {
            limits.connections = count
        }
        return limits
    }
}
