import AspirasiCore
import Logging
import PostgresNIO

extension IntakeCatalog {
    /// Reads categories, units and the kelurahan polygons from the database. The hub loads this at
    /// start and again whenever the reference version moves (an import, by this hub or another).
    public static func load(from database: some DatabaseQuerying, logger: Logger = .silent) async throws
        -> IntakeCatalog
    {
        // Read first: an import committing meanwhile moves it past what we read, and the next check reloads.
        let version = try await referenceVersion(of: database, logger: logger)
        var categories: [Category] = []
        let categoryRows = try await database.run(
            """
            SELECT code, name, agency_family, keywords, direct_to_agency, duplicate_radius_m
            FROM categories WHERE active ORDER BY position
            """,
            logger: logger)
        for try await (code, name, family, keywords, direct, radius) in categoryRows.decode(
            (String, String, String?, [String], Bool, Int32).self)
        {
            categories.append(
                Category(
                    code: code, name: name, agencyFamily: family, keywords: keywords, directToAgency: direct,
                    duplicateRadiusMeters: Double(radius)))
        }
        var units: [Unit] = []
        let unitRows = try await database.run(
            "SELECT code, name, kind, area_code, agency_family FROM units WHERE active", logger: logger)
        for try await (code, name, kind, area, family) in unitRows.decode(
            (String, String, String, String, String?).self)
        {
            guard let kind = UnitKind(rawValue: kind) else { continue }
            units.append(Unit(code: code, name: name, kind: kind, areaCode: area, agencyFamily: family))
        }
        let areas = try await KelurahanIndex.load(from: database, logger: logger)
        return IntakeCatalog(categories: categories, units: units, areas: areas, referenceVersion: version)
    }

    /// How many imports changed the reference data (a counter kept by triggers, see migration 0034).
    public static func referenceVersion(of database: some DatabaseQuerying, logger: Logger = .silent) async throws
        -> Int64
    {
        let rows = try await database.run("SELECT version FROM reference_version", logger: logger)
        for try await version in rows.decode(Int64.self) { return version }
        return 0
    }
}
