import Foundation

/// The figures anyone may read (`/publik`, `GET /api/v1/public/stats`): the province's and each kota's
/// received and completed reports and completion rate for this month and the month before, and per
/// kelurahan the reports open now (from any month) and those finished this month. Made from the stored
/// evaluations (never from the reports), so it carries counts only: nothing of a report or of a person.
public struct PublicStats: Codable, Sendable, Equatable {
    public struct Figures: Codable, Sendable, Equatable {
        public var code: String
        public var name: String
        public var received: Int
        public var completed: Int
        public var completionRate: Double

        init(_ row: MonthEvaluation.UnitRow) {
            code = row.code
            name = row.name
            received = row.received
            completed = row.completed
            completionRate = row.completionRate
        }
    }

    public struct Month: Codable, Sendable, Equatable {
        public var month: EvaluationMonth
        /// When the month's figures were computed (a closed month's: when it was frozen).
        public var computedAt: Date
        public var province: Figures
        public var kota: [Figures]

        public init(_ evaluation: MonthEvaluation) {
            month = evaluation.month
            computedAt = evaluation.computedAt
            province = Figures(evaluation.totals)
            kota = evaluation.kota.map { Figures($0.figures) }
        }
    }

    /// A kelurahan on the public map: its reports still open, whatever month they came in, and those
    /// finished this month (the counts the evaluation worker keeps).
    public typealias Kelurahan = MapCount

    public var current: Month
    public var previous: Month
    public var kelurahan: [Kelurahan]

    /// `current` and `previous` are the province's evaluations of this month and the one before; `map`
    /// the counts stored with this month's (figures stored before they were kept have none: then the
    /// month's own reports, open and completed, stand in).
    public init(current: MonthEvaluation, previous: MonthEvaluation, map: [MapCount]? = nil) {
        self.current = Month(current)
        self.previous = Month(previous)
        kelurahan =
            map
            ?? current.kelurahan.map {
                Kelurahan(code: $0.code, name: $0.name, open: $0.unresolved, finished: $0.completed)
            }
    }
}
