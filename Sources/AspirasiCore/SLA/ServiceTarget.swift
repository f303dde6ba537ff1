/// Which clock a category's targets run on: office hours, or around the
/// clock for emergencies such as fires and floods.
public enum SLAClock: String, Sendable, CaseIterable, Codable {
    case working
    case continuous
}

/// The two promises made for every report.
public enum SLADeadline: String, Sendable, CaseIterable, Codable {
    /// Someone acts on it: any step out of `menunggu`, or a public reply.
    case response
    /// It is closed: `selesai` or `ditolak`.
    case completion
}

/// A category's targets, in minutes on its clock.
public struct ServiceTarget: Sendable, Equatable, Codable {
    public let responseMinutes: Int
    public let completionMinutes: Int
    public let clock: SLAClock

    /// Nil unless both targets are positive and the response comes no later than completion.
    public init?(responseMinutes: Int, completionMinutes: Int, clock: SLAClock) {
        guard responseMinutes > 0, completionMinutes >= responseMinutes, completionMinutes <= 525_600 else {
            return nil
        }
        self.responseMinutes = responseMinutes
        self.completionMinutes = completionMinutes
        self.clock = clock
    }

    public func minutes(_ deadline: SLADeadline) -> Int {
        deadline == .response ? responseMinutes : completionMinutes
    }
}
