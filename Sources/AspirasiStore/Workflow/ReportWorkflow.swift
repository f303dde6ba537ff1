import AspirasiCore
import Foundation
import Logging
import PostgresNIO

/// The officers' side of a report: their queue, a report's history, and the
/// actions that move it. Every call is scoped to the units the officer's
/// unit covers (`AccessScope`); a report outside it does not exist for them.
public struct ReportWorkflow: Sendable {
    let client: PostgresClient
    let catalog: @Sendable () async throws -> IntakeCatalog
    /// Above this many, a queue's total and its counts per status say "at least this many": counting a
    /// million reports on every page view costs more than the number tells an officer.
    let countCap: Int

    public init(
        client: PostgresClient, catalog: @escaping @Sendable () async throws -> IntakeCatalog, countCap: Int = 10_000
    ) {
        self.client = client
        self.catalog = catalog
        self.countCap = max(countCap, 1)
    }

    func scope(of officer: Officer) async throws -> (everything: Bool, units: [String]) {
        let scope = AccessScope(unit: officer.unitCode, in: try await catalog())
        return (scope.units == nil, scope.units.map { Array($0).sorted() } ?? [])
    }

    /// The actions this officer may take on a report in its present state.
    func allowedActions(
        for officer: Officer, status: ReportStatus, owner: String?, handler: String?, scope: AccessScope
    )
        -> [OfficerAction]
    {
        OfficerAction.onReports.filter { action in
            officer.role.may(action) && action.allowedFrom.contains(status)
                && (action.actsAsHandler ? scope.covers(handler) : (action.isRouting ? scope.covers(owner) : true))
        }
    }
}

extension OfficerAction {
    /// Routing belongs to the accountable unit (the owner) and the units above it.
    var isRouting: Bool {
        switch self {
        case .coordinate, .dispose, .reject, .reassign, .reopen: true
        default: false
        }
    }
}
