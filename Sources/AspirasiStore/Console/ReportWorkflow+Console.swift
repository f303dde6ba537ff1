import AspirasiCore
import Foundation
import Logging
import PostgresNIO

extension ReportWorkflow {
    /// Open reports the coordinator's units own that need placing or classifying: no kelurahan,
    /// the fallback category, or given back by an agency (its last move was a return). The model's
    /// surest guesses first (a koordinator confirms them with one click), then oldest first.
    public func triageQueue(for officer: Officer, limit: Int = 100, logger: Logger = .silent) async throws
        -> [TriageItem]
    {
        let (everything, units) = try await scope(of: officer)
        let rows = try await client.query(
            """
            SELECT r.tracking_number, r.status, r.category_code, r.kelurahan_code, left(r.description, 200),
                   r.created_at, r.kelurahan_code IS NULL, r.category_code = \(Classifier.fallbackCategory),
                   coalesce(last_move.kind = 'returned', false), r.category_basis::text
            FROM reports r
            LEFT JOIN LATERAL (SELECT kind FROM report_events e
                               WHERE e.report_id = r.id AND e.status_after IS NOT NULL
                               ORDER BY e.id DESC LIMIT 1) last_move ON true
            WHERE r.status IN ('menunggu', 'koordinasi')
              AND (\(everything) OR r.owner_unit = ANY(\(units)::text[]))
              AND (r.needs_triage OR r.kelurahan_code IS NULL OR r.category_code = \(Classifier.fallbackCategory)
                   OR (r.status = 'koordinasi' AND last_move.kind = 'returned'))
            ORDER BY (SELECT max((g ->> 'probability')::float8)
                      FROM jsonb_array_elements(coalesce(r.category_basis -> 'guesses', '[]')) g
                      WHERE g ->> 'category' <> \(Classifier.fallbackCategory)) DESC NULLS LAST,
                     r.created_at, r.id
            LIMIT \(limit)
            """, logger: logger)
        var items: [TriageItem] = []
        for try await row in rows.decode(
            (String, String, String, String?, String, Date, Bool, Bool, Bool, String?).self)
        {
            guard let status = ReportStatus(rawValue: row.1) else { continue }
            items.append(
                TriageItem(
                    trackingNumber: row.0, status: status, category: row.2, kelurahan: row.3, summary: row.4,
                    createdAt: row.5, unlocated: row.6, unclassified: row.7, returned: row.8,
                    proposal: row.9.flatMap(Classification.init(json:))?.proposal))
        }
        return items
    }

    /// Duplicates, followers and the kelurahan outline of a report the officer may see (404 otherwise).
    public func context(of trackingNumber: String, for officer: Officer, logger: Logger = .silent) async throws
        -> ReportContext
    {
        let id = try await visibleReport(trackingNumber, for: officer, logger: logger)
        var linked: [ReportContext.Linked] = []
        for try await (number, status, original) in try await client.query(
            """
            SELECT o.tracking_number, o.status, true FROM reports r JOIN reports o ON o.id = r.duplicate_of
            WHERE r.id = \(id)
            UNION ALL
            (SELECT d.tracking_number, d.status, false FROM reports d WHERE d.duplicate_of = \(id) ORDER BY d.id LIMIT 50)
            """, logger: logger
        ).decode((String, String, Bool).self) {
            guard let status = ReportStatus(rawValue: status) else { continue }
            linked.append(.init(trackingNumber: number, status: status, isOriginal: original))
        }
        var followers: [ReportContext.Follower] = []
        for try await (channel, handle, role, since) in try await client.query(
            """
            SELECT ci.channel, ci.handle, f.role, f.since
            FROM report_followers f JOIN contact_identities ci ON ci.id = f.identity_id
            WHERE f.report_id = \(id) ORDER BY f.role DESC, f.since LIMIT 50
            """, logger: logger
        ).decode((String, String, String, Date).self) {
            followers.append(.init(channel: channel, handle: handle, isReporter: role == "reporter", since: since))
        }
        let outline = try await client.first(
            """
            SELECT ST_AsGeoJSON(a.geom, 6) FROM reports r JOIN kelurahan_areas a ON a.unit_code = r.kelurahan_code
            WHERE r.id = \(id)
            """, as: String.self, logger: logger)
        return ReportContext(linked: linked, followers: followers, outline: outline)
    }

    /// The kelurahan whose codes start with `areaPrefix` (the province: every one) with their open
    /// reports in the officer's scope, and up to `pointLimit` of those reports with a location.
    public func areaMap(for officer: Officer, areaPrefix: String, pointLimit: Int = 3000, logger: Logger = .silent)
        async throws -> AreaMapData
    {
        let (everything, units) = try await scope(of: officer)
        var areas: [AreaMapData.Area] = []
        for try await (code, json, open) in try await client.query(
            """
            WITH open AS (
                SELECT kelurahan_code, count(*) AS n FROM reports
                WHERE status NOT IN ('selesai', 'ditolak') AND kelurahan_code LIKE \(areaPrefix + "%")
                  AND (\(everything) OR owner_unit = ANY(\(units)::text[]) OR handler_unit = ANY(\(units)::text[]))
                GROUP BY kelurahan_code
            )
            SELECT a.unit_code, ST_AsGeoJSON(a.geom, 5), coalesce(open.n, 0)::int8
            FROM kelurahan_areas a LEFT JOIN open ON open.kelurahan_code = a.unit_code
            WHERE a.unit_code LIKE \(areaPrefix + "%")
            ORDER BY a.unit_code
            """, logger: logger
        ).decode((String, String, Int).self) {
            areas.append(.init(code: code, geoJSON: json, openReports: open))
        }
        var points: [AreaMapData.Point] = []
        for try await (number, status, lat, lon) in try await client.query(
            """
            SELECT tracking_number, status, ST_Y(location), ST_X(location) FROM reports
            WHERE status NOT IN ('selesai', 'ditolak') AND location IS NOT NULL
              AND kelurahan_code LIKE \(areaPrefix + "%")
              AND (\(everything) OR owner_unit = ANY(\(units)::text[]) OR handler_unit = ANY(\(units)::text[]))
            ORDER BY created_at DESC LIMIT \(pointLimit)
            """, logger: logger
        ).decode((String, String, Double, Double).self) {
            guard let status = ReportStatus(rawValue: status) else { continue }
            points.append(.init(trackingNumber: number, status: status, latitude: lat, longitude: lon))
        }
        return AreaMapData(areas: areas, points: points)
    }
}
