import AspirasiCore

extension SettingsResolver {
    /// The learned classifier's threshold and how often a new model is trained.
    func resolveClassifier(value: (String?, String) -> String?, problems: inout [String]) -> (Double, Duration) {
        var threshold = TriageClassifier.defaultThreshold
        if let text = value(nil, Variable.classifierThreshold) {
            if let number = Double(text), (0.5...0.99).contains(number) {
                threshold = number
            } else {
                problems.append("\(Variable.classifierThreshold) must be a number from 0.5 to 0.99, not \"\(text)\"")
            }
        }
        var interval = Duration.seconds(24 * 3600)
        if let text = value(nil, Variable.classifierRetrainHours) {
            if let hours = Int(text), (1...720).contains(hours) {
                interval = .seconds(hours * 3600)
            } else {
                problems.append(
                    "\(Variable.classifierRetrainHours) must be a number of hours from 1 to 720, not \"\(text)\"")
            }
        }
        return (threshold, interval)
    }
}
