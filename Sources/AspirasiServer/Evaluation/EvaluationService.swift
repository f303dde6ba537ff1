import AspirasiCore
import AspirasiStore
import Foundation
import Logging

/// The evaluation as a reader gets it: the store's facts, scoped to the reader's area and ranked.
/// Shared by the API, the console and the digest.
public struct EvaluationService: Sendable {
    public let store: EvaluationStore
    let catalog: @Sendable () async throws -> IntakeCatalog
    /// How old (seconds) the current month's stored figures may be before a request recomputes them.
    let maxAge: Double

    public init(store: EvaluationStore, catalog: @escaping @Sendable () async throws -> IntakeCatalog, maxAge: Double) {
        self.store = store
        self.catalog = catalog
        self.maxAge = maxAge
    }

    /// The region `officer` answers for: a region's own, an agency's area (a Suku Dinas its kota, a
    /// Dinas the province).
    func area(of officer: Officer, in catalog: IntakeCatalog) -> String {
        catalog.units[officer.unitCode]?.areaCode ?? officer.unitCode
    }

    func evaluation(_ month: EvaluationMonth, for officer: Officer, now: Date = Date(), logger: Logger) async throws
        -> MonthEvaluation
    {
        let catalog = try await catalog()
        return try await evaluation(month, area: area(of: officer, in: catalog), now: now, logger: logger)
    }

    /// The evaluation of `month` within region `area`.
    public func evaluation(_ month: EvaluationMonth, area: String, now: Date = Date(), logger: Logger) async throws
        -> MonthEvaluation
    {
        try await evaluation(of: try await facts(month, now: now, logger: logger), area: area)
    }

    /// The facts of `month` as stored (recomputed when older than `maxAge`).
    func facts(_ month: EvaluationMonth, now: Date = Date(), logger: Logger) async throws -> EvaluationFacts {
        guard let facts = try await store.facts(for: month, now: now, maxAge: maxAge, logger: logger) else {
            throw WorkflowError.notFound("the evaluation of \(month): the month has not begun")
        }
        return facts
    }

    /// `facts` within region `area`, ranked.
    func evaluation(of facts: EvaluationFacts, area: String) async throws -> MonthEvaluation {
        let name = try await catalog().units[area]?.name
        return MonthEvaluation(facts, area: area, areaName: name ?? area)
    }

    /// The area's totals for `month` and the eleven months before it, oldest first.
    func trend(ending month: EvaluationMonth, area: String, now: Date = Date(), logger: Logger) async throws
        -> [MonthEvaluation]
    {
        var months: [MonthEvaluation] = []
        for each in month.trailing(12) {
            months.append(try await evaluation(each, area: area, now: now, logger: logger))
        }
        return months
    }
}

extension EvaluationService {
    /// The evaluation as the API writes it (snake_case, ISO 8601 times), for the command line.
    public static func encode(_ evaluation: MonthEvaluation) throws -> Data {
        try HubJSON.encoder.encode(evaluation)
    }
}
