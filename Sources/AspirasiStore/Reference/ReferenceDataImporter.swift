import Logging
import PostgresNIO

/// Loads the reference data in one transaction. Each table is upserted in a
/// single statement that touches only rows that differ, so a second import
/// changes nothing and says so.
public struct ReferenceDataImporter: Sendable {
    public struct Counts: Sendable, Equatable, CustomStringConvertible {
        public var inserted = 0
        public var updated = 0
        public var unchanged = 0

        public var description: String { "\(inserted) new, \(updated) updated, \(unchanged) unchanged" }
    }

    public struct Summary: Sendable, Equatable {
        public var units = Counts()
        public var areas = Counts()
        public var categories = Counts()
        public var agencyCategories = Counts()
        public var holidays = Counts()

        public var changedNothing: Bool {
            [units, areas, categories, agencyCategories, holidays].allSatisfy { $0.inserted == 0 && $0.updated == 0 }
        }
    }

    let files: ReferenceFiles

    public init(files: ReferenceFiles) {
        self.files = files
    }

    public func importAll(_ client: PostgresClient, logger: Logger) async throws -> Summary {
        let data = try ReferenceData.load(files)
        let summary = try await client.transaction(logger: logger) { connection in
            var summary = Summary()
            summary.categories = try await Self.upsertCategories(data.categories, connection, logger)
            summary.units = try await Self.upsertUnits(data.units, connection, logger)
            summary.areas = try await Self.upsertAreas(data.areas, connection, logger)
            summary.agencyCategories = try await Self.linkAgencies(connection, logger)
            summary.holidays = try await Self.insertHolidays(data.holidays, connection, logger)
            return summary
        }
        logger.info(
            "reference data imported",
            metadata: [
                "units": "\(summary.units)", "areas": "\(summary.areas)", "categories": "\(summary.categories)",
            ])
        return summary
    }

    /// True when no kelurahan geometry is loaded: a new database.
    public static func isEmpty(_ client: PostgresClient) async throws -> Bool {
        let rows = try await client.query("SELECT NOT EXISTS (SELECT 1 FROM kelurahan_areas)")
        for try await empty in rows.decode(Bool.self) { return empty }
        return true
    }

    static func counts(_ rows: PostgresRowSequence, total: Int) async throws -> Counts {
        for try await (inserted, updated) in rows.decode((Int, Int).self) {
            return Counts(inserted: inserted, updated: updated, unchanged: total - inserted - updated)
        }
        return Counts(unchanged: total)
    }

    private static func upsertUnits(
        _ units: [ReferenceData.UnitRow], _ connection: PostgresConnection, _ logger: Logger
    )
        async throws -> Counts
    {
        let codes = units.map(\.code)
        let kinds = units.map(\.kind.rawValue)
        let names = units.map(\.name)
        let parents = units.map { $0.parentCode ?? "" }
        let areas = units.map(\.areaCode)
        let families = units.map { $0.agencyFamily ?? "" }
        let rows = try await connection.query(
            """
            WITH upserted AS (
                INSERT INTO units (code, kind, name, parent_code, area_code, agency_family)
                SELECT code, kind, name, NULLIF(parent, ''), area, NULLIF(family, '')
                FROM unnest(\(codes)::text[], \(kinds)::text[], \(names)::text[], \(parents)::text[],
                            \(areas)::text[], \(families)::text[]) AS t(code, kind, name, parent, area, family)
                ON CONFLICT (code) DO UPDATE SET
                    kind = EXCLUDED.kind, name = EXCLUDED.name, parent_code = EXCLUDED.parent_code,
                    area_code = EXCLUDED.area_code, agency_family = EXCLUDED.agency_family, updated_at = now()
                WHERE (units.kind, units.name, units.parent_code, units.area_code, units.agency_family)
                    IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.name, EXCLUDED.parent_code, EXCLUDED.area_code,
                                      EXCLUDED.agency_family)
                RETURNING (xmax = 0) AS inserted
            )
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM upserted
            """, logger: logger)
        return try await counts(rows, total: units.count)
    }

    private static func upsertAreas(
        _ areas: [ReferenceData.AreaRow], _ connection: PostgresConnection, _ logger: Logger
    )
        async throws -> Counts
    {
        let codes = areas.map(\.code)
        let geometries = areas.map(\.geometryJSON)
        let longitudes = areas.map(\.labelLongitude)
        let latitudes = areas.map(\.labelLatitude)
        // Simplified polygons can self-intersect; ST_MakeValid keeps containment tests honest.
        let rows = try await connection.query(
            """
            WITH upserted AS (
                INSERT INTO kelurahan_areas (unit_code, geom, label_point)
                SELECT code,
                       ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(geometry), 4326)), 3)),
                       ST_SetSRID(ST_MakePoint(lon, lat), 4326)
                FROM unnest(\(codes)::text[], \(geometries)::text[], \(longitudes)::float8[], \(latitudes)::float8[])
                    AS t(code, geometry, lon, lat)
                ON CONFLICT (unit_code) DO UPDATE SET geom = EXCLUDED.geom, label_point = EXCLUDED.label_point
                WHERE ST_AsBinary(kelurahan_areas.geom) IS DISTINCT FROM ST_AsBinary(EXCLUDED.geom)
                   OR ST_AsBinary(kelurahan_areas.label_point) IS DISTINCT FROM ST_AsBinary(EXCLUDED.label_point)
                RETURNING (xmax = 0) AS inserted
            )
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM upserted
            """, logger: logger)
        return try await counts(rows, total: areas.count)
    }

    /// Name, family and keywords follow the file; the routing settings are the
    /// operator's once a category exists, so a re-import never undoes their tuning.
    /// Service-level targets follow the file until an admin sets them.
    private static func upsertCategories(
        _ categories: [ReferenceData.CategoryRow], _ connection: PostgresConnection, _ logger: Logger
    ) async throws -> Counts {
        let codes = categories.map(\.code)
        let names = categories.map(\.name)
        let families = categories.map { $0.agencyFamily ?? "" }
        let keywords = categories.map { $0.keywords.joined(separator: ";") }
        let direct = categories.map(\.directToAgency)
        let radius = categories.map(\.duplicateRadiusMeters)
        let window = categories.map(\.duplicateWindowDays)
        let positions = categories.map(\.position)
        let response = categories.map(\.target.responseMinutes)
        let completion = categories.map(\.target.completionMinutes)
        let clocks = categories.map(\.target.clock.rawValue)
        let rows = try await connection.query(
            """
            WITH upserted AS (
                INSERT INTO categories (code, name, agency_family, keywords, direct_to_agency,
                                        duplicate_radius_m, duplicate_window_days, position,
                                        response_minutes, completion_minutes, sla_clock)
                SELECT code, name, NULLIF(family, ''), coalesce(string_to_array(NULLIF(keywords, ''), ';'), '{}'), direct,
                       radius, window_days, position, response, completion, clock
                FROM unnest(\(codes)::text[], \(names)::text[], \(families)::text[], \(keywords)::text[],
                            \(direct)::bool[], \(radius)::int8[], \(window)::int8[], \(positions)::int8[],
                            \(response)::int8[], \(completion)::int8[], \(clocks)::text[])
                    AS t(code, name, family, keywords, direct, radius, window_days, position, response, completion, clock)
                ON CONFLICT (code) DO UPDATE SET
                    name = EXCLUDED.name, agency_family = EXCLUDED.agency_family,
                    keywords = EXCLUDED.keywords, position = EXCLUDED.position,
                    response_minutes = CASE WHEN categories.sla_customised THEN categories.response_minutes
                                            ELSE EXCLUDED.response_minutes END,
                    completion_minutes = CASE WHEN categories.sla_customised THEN categories.completion_minutes
                                              ELSE EXCLUDED.completion_minutes END,
                    sla_clock = CASE WHEN categories.sla_customised THEN categories.sla_clock ELSE EXCLUDED.sla_clock END
                WHERE (categories.name, categories.agency_family, categories.keywords, categories.position)
                    IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.agency_family, EXCLUDED.keywords, EXCLUDED.position)
                   OR (NOT categories.sla_customised
                       AND (categories.response_minutes, categories.completion_minutes, categories.sla_clock)
                           IS DISTINCT FROM (EXCLUDED.response_minutes, EXCLUDED.completion_minutes, EXCLUDED.sla_clock))
                RETURNING (xmax = 0) AS inserted
            )
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM upserted
            """, logger: logger)
        return try await counts(rows, total: categories.count)
    }

    /// Holidays are added, never changed or removed: the operator's edits (a moved
    /// cuti bersama, a local holiday) survive a re-import.
    private static func insertHolidays(
        _ holidays: [ReferenceData.HolidayRow], _ connection: PostgresConnection, _ logger: Logger
    ) async throws -> Counts {
        let days = holidays.map(\.day.description)
        let names = holidays.map(\.name)
        let rows = try await connection.query(
            """
            WITH inserted AS (
                INSERT INTO public_holidays (day, name)
                SELECT day::date, name FROM unnest(\(days)::text[], \(names)::text[]) AS t(day, name)
                ON CONFLICT (day) DO NOTHING
                RETURNING 1
            )
            SELECT count(*), 0::int8 FROM inserted
            """, logger: logger)
        return try await counts(rows, total: holidays.count)
    }

    /// Every agency handles the categories of its family.
    private static func linkAgencies(_ connection: PostgresConnection, _ logger: Logger) async throws -> Counts {
        let rows = try await connection.query(
            """
            WITH wanted AS (
                SELECT u.code AS unit_code, c.code AS category_code
                FROM units u JOIN categories c ON c.agency_family = u.agency_family
            ), inserted AS (
                INSERT INTO agency_categories (unit_code, category_code)
                SELECT unit_code, category_code FROM wanted
                ON CONFLICT DO NOTHING
                RETURNING 1
            )
            SELECT (SELECT count(*) FROM inserted), 0::int8, (SELECT count(*) FROM wanted)
            """, logger: logger)
        for try await (inserted, _, total) in rows.decode((Int, Int, Int).self) {
            return Counts(inserted: inserted, updated: 0, unchanged: total - inserted)
        }
        return Counts()
    }
}
