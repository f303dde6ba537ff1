import AspirasiCore
import Foundation
import Logging
import PostgresNIO

extension ReportWorkflow {
    /// The incidents the officer's units are part of (a report they own or handle, or the incident's
    /// kota or agency), newest first; closed ones too when `includeClosed`.
    public func incidents(for officer: Officer, includeClosed: Bool = false, logger: Logger = .silent) async throws
        -> IncidentList
    {
        let (everything, units) = try await scope(of: officer)
        let rows = try await client.query(
            """
            \(unescaped: Self.incidentColumns)
            WHERE (\(includeClosed) OR i.closed_at IS NULL)
              AND (\(everything) OR i.kota_code = ANY(\(units)::text[]) OR i.agency_code = ANY(\(units)::text[])
                   OR EXISTS (SELECT 1 FROM reports r WHERE r.incident_id = i.id
                              AND (r.owner_unit = ANY(\(units)::text[]) OR r.handler_unit = ANY(\(units)::text[]))))
            ORDER BY i.opened_at DESC, i.id DESC LIMIT 200
            """, logger: logger)
        var incidents: [IncidentSummary] = []
        for try await row in rows.decode(IncidentRow.self) { incidents.append(Self.summary(row)) }
        return IncidentList(incidents: incidents)
    }

    /// One incident with its reports; 404 when the officer's units are no part of it.
    public func incident(_ id: Int, for officer: Officer, logger: Logger = .silent) async throws -> IncidentDetail {
        let (everything, units) = try await scope(of: officer)
        let row = try await client.first(
            """
            \(unescaped: Self.incidentColumns)
            WHERE i.id = \(id)
              AND (\(everything) OR i.kota_code = ANY(\(units)::text[]) OR i.agency_code = ANY(\(units)::text[])
                   OR EXISTS (SELECT 1 FROM reports r WHERE r.incident_id = i.id
                              AND (r.owner_unit = ANY(\(units)::text[]) OR r.handler_unit = ANY(\(units)::text[]))))
            """, as: IncidentRow.self, logger: logger)
        guard let row else { throw WorkflowError.notFound("no incident \(id) in your units") }
        var reports: [IncidentReport] = []
        for try await report in try await client.query(
            """
            SELECT tracking_number, status, kelurahan_code, handler_unit, created_at, left(description, 140)
            FROM reports WHERE incident_id = \(id) ORDER BY id
            """, logger: logger
        ).decode((String, String, String?, String?, Date, String).self) {
            guard let status = ReportStatus(rawValue: report.1) else { continue }
            reports.append(
                IncidentReport(
                    trackingNumber: report.0, status: status, kelurahan: report.2, handlerUnit: report.3,
                    createdAt: report.4, summary: report.5))
        }
        return IncidentDetail(incident: Self.summary(row), reports: reports)
    }

    typealias IncidentRow = (Int, String, String, String?, String?, Double, Double, Int, Int, Int, Int, Date, Date?)

    static let incidentColumns = """
        SELECT i.id, i.category_code, i.seed_kelurahan, i.kota_code, i.agency_code, ST_Y(i.center), ST_X(i.center),
               i.radius_m, i.window_minutes,
               (SELECT count(*) FROM reports r WHERE r.incident_id = i.id)::int8,
               (SELECT count(*) FROM reports r WHERE r.incident_id = i.id AND r.status NOT IN ('selesai', 'ditolak'))::int8,
               i.opened_at, i.closed_at
        FROM incidents i
        """

    static func summary(_ row: IncidentRow) -> IncidentSummary {
        IncidentSummary(
            id: row.0, category: row.1, seedKelurahan: row.2, kota: row.3, agency: row.4, latitude: row.5,
            longitude: row.6, radiusM: row.7, windowMinutes: row.8, reports: row.9, openReports: row.10,
            status: row.12 == nil ? "open" : "closed", openedAt: row.11, closedAt: row.12)
    }
}
