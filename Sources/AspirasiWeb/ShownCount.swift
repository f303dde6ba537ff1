/// A count as the console shows it: digits grouped the Indonesian way ("12.345"), and a lower bound
/// with a plus ("10.000+") when there were more than were counted (the queue stops counting at a cap).
public struct ShownCount: Sendable, Equatable {
    public let value: Int
    /// False when `value` is a lower bound.
    public let exact: Bool

    public init(_ value: Int, exact: Bool = true) {
        self.value = value
        self.exact = exact
    }

    public var text: String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped + (exact ? "" : "+")
    }
}
