import AspirasiCore
import Logging
import PostgresNIO

extension IntakeCatalog {
    /// Reads categories and units from the database. The hub loads this once at
    /// start: reference data changes by import, and a restart picks it up.
    public static func load(from database: some DatabaseQuerying, logger: Logger = .silent) async throws
        -> IntakeCatalog
    {
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
        return IntakeCatalog(categories: categories, units: units)
    }
}
