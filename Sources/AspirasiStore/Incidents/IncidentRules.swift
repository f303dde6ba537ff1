import AspirasiCore
import Logging
import PostgresNIO

/// Each category's surge thresholds: `IncidentRule.standard` unless an admin set a row.
public struct IncidentRules: Sendable {
    let client: PostgresClient

    public init(_ client: PostgresClient) {
        self.client = client
    }

    /// The rule of every category in `catalog`, by code.
    public func all(_ catalog: IntakeCatalog, logger: Logger = .silent) async throws -> [String: IncidentRule] {
        var rules = Dictionary(
            catalog.categoryList.map { ($0.code, IncidentRule.standard(for: $0.code)) }, uniquingKeysWith: { a, _ in a }
        )
        for try await row in try await client.query(
            "SELECT category_code, enabled, min_reports, window_minutes, radius_m, surge_factor FROM incident_rules",
            logger: logger
        ).decode((String, Bool, Int, Int, Int, Double).self) where rules[row.0] != nil {
            rules[row.0] = IncidentRule(
                enabled: row.1, minReports: row.2, windowMinutes: row.3, radiusMeters: row.4, surgeFactor: row.5)
        }
        return rules
    }

    /// Sets a category's rule (an admin's tuning); 404 for a category that does not exist.
    public func set(_ rule: IncidentRule, for category: String, logger: Logger = .silent) async throws {
        if let problem = rule.problem { throw WorkflowError.invalid(field: problem.field, message: problem.message) }
        let stored = try await client.first(
            """
            INSERT INTO incident_rules (category_code, enabled, min_reports, window_minutes, radius_m, surge_factor)
            SELECT code, \(rule.enabled), \(rule.minReports), \(rule.windowMinutes), \(rule.radiusMeters),
                   \(rule.surgeFactor)
            FROM categories WHERE code = \(category)
            ON CONFLICT (category_code) DO UPDATE SET
                enabled = EXCLUDED.enabled, min_reports = EXCLUDED.min_reports,
                window_minutes = EXCLUDED.window_minutes, radius_m = EXCLUDED.radius_m,
                surge_factor = EXCLUDED.surge_factor, updated_at = now()
            RETURNING category_code
            """, as: String.self, logger: logger)
        guard stored != nil else { throw WorkflowError.notFound("no category \(category)") }
    }
}
