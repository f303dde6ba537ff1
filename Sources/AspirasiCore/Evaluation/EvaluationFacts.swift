/// The figures of one month as the store computes them: every kelurahan with a report, their kecamatan,
/// kota and the province, the agencies, and the counts per channel and category. What is frozen at a
/// month's end; `MonthEvaluation` ranks and scopes it for a reader.
public struct EvaluationFacts: Codable, Sendable, Equatable {
    public var month: EvaluationMonth
    /// When the figures were computed (seconds since 1970).
    public var computedAt: Double
    /// True once the month is over and its figures are stored for good.
    public var frozen: Bool
    public var units: [UnitFigures]
    public var agencies: [AgencyFigures]
    public var channels: [AreaCount]
    public var categories: [AreaCount]
    /// The public map's counts per kelurahan when the figures were computed; nil in figures stored before
    /// they were kept.
    public var map: [MapCount]?

    public init(
        month: EvaluationMonth, computedAt: Double, frozen: Bool, units: [UnitFigures], agencies: [AgencyFigures],
        channels: [AreaCount], categories: [AreaCount], map: [MapCount]? = nil
    ) {
        self.month = month
        self.computedAt = computedAt
        self.frozen = frozen
        self.units = units
        self.agencies = agencies
        self.channels = channels
        self.categories = categories
        self.map = map
    }
}

/// A kelurahan on the public map: its reports open (neither `selesai` nor `ditolak`, whatever month they
/// came in) and those finished (`selesai`) within the month, whatever month they came in; duplicates
/// linked to another report are counted with that one, not again.
public struct MapCount: Codable, Sendable, Equatable {
    public var code: String
    public var name: String
    public var open: Int
    public var finished: Int

    public init(code: String, name: String, open: Int, finished: Int) {
        self.code = code
        self.name = name
        self.open = open
        self.finished = finished
    }
}

/// One region's figures for the month (a kelurahan, or the sum of the kelurahan inside a kecamatan, a
/// kota or the province).
public struct UnitFigures: Codable, Sendable, Equatable {
    /// `kelurahan`, `kecamatan`, `kota` or `provinsi`.
    public var level: String
    public var code: String
    public var name: String
    /// Reports created in the month owned by the kelurahan, without duplicates and `luar_wilayah` rejections.
    public var received: Int
    /// Those of them that are `selesai`.
    public var completed: Int
    /// Those of them that are neither `selesai` nor `ditolak`.
    public var unresolved: Int
    /// Median hours from creation to completion of the completed ones; nil when none is completed.
    public var medianCompletionHours: Double?
    /// Median hours from creation to the first response (an officer's first move) of those answered.
    public var medianFirstResponseHours: Double?
    /// Received reports that missed a deadline (escalated, open past it, or completed after it).
    public var overdue: Int
    /// Received reports a dispute (or an officer on a citizen's behalf) reopened.
    public var reopened: Int
    /// Every report of the month owned here that is `ditolak`, by reason (duplicates included).
    public var rejections: [String: Int]

    public init(
        level: String, code: String, name: String, received: Int, completed: Int, unresolved: Int,
        medianCompletionHours: Double?, medianFirstResponseHours: Double?, overdue: Int, reopened: Int,
        rejections: [String: Int]
    ) {
        self.level = level
        self.code = code
        self.name = name
        self.received = received
        self.completed = completed
        self.unresolved = unresolved
        self.medianCompletionHours = medianCompletionHours
        self.medianFirstResponseHours = medianFirstResponseHours
        self.overdue = overdue
        self.reopened = reopened
        self.rejections = rejections
    }

    /// completed / received; 0 when nothing was received.
    public var completionRate: Double {
        received == 0 ? 0 : Double(completed) / Double(received)
    }

    public var kota: String? { RegionCode(code)?.ancestor(at: .kota)?.rawValue }
}

/// An agency's figures over the month's received reports it handles, within a kota or (area nil) everywhere.
public struct AgencyFigures: Codable, Sendable, Equatable {
    public var code: String
    public var name: String
    /// The kota whose kelurahan own the reports; nil for the whole province.
    public var area: String?
    /// Reports it handles that are neither `selesai` nor `ditolak`.
    public var unresolved: Int
    /// Reports it completed after their completion deadline.
    public var lateCompletions: Int

    public init(code: String, name: String, area: String?, unresolved: Int, lateCompletions: Int) {
        self.code = code
        self.name = name
        self.area = area
        self.unresolved = unresolved
        self.lateCompletions = lateCompletions
    }
}

/// How many received reports came by one channel or were of one category, in a kota or (area nil) everywhere.
public struct AreaCount: Codable, Sendable, Equatable {
    public var area: String?
    public var key: String
    public var count: Int

    public init(area: String?, key: String, count: Int) {
        self.area = area
        self.key = key
        self.count = count
    }
}
