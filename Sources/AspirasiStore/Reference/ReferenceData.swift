import AspirasiCore
import Foundation

/// The reference data as rows ready to upsert: regions and agencies, kelurahan
/// areas, categories and which agency family handles each.
struct ReferenceData: Sendable {
    struct UnitRow: Sendable, Equatable {
        var code: String
        var kind: UnitKind
        var name: String
        var parentCode: String?
        var areaCode: String
        var agencyFamily: String?
    }

    struct AreaRow: Sendable {
        var code: String
        var geometryJSON: String
        var labelLongitude: Double
        var labelLatitude: Double
    }

    struct CategoryRow: Sendable {
        var code: String
        var name: String
        var agencyFamily: String?
        var keywords: [String]
        var directToAgency: Bool
        var duplicateRadiusMeters: Int
        var duplicateWindowDays: Int
        var target: ServiceTarget
        var position: Int
    }

    struct HolidayRow: Sendable {
        var day: CivilDay
        var name: String
    }

    var units: [UnitRow]
    var areas: [AreaRow]
    var categories: [CategoryRow]
    var holidays: [HolidayRow]

    static func load(_ files: ReferenceFiles) throws(StoreError) -> ReferenceData {
        let regions = try regionUnits(files.table("jakarta_regions.csv"))
        let agencies = try agencyUnits(files.table("agencies.csv"), regions: regions)
        let areas = try kelurahanAreas(files.data("jakarta_kelurahan.geojson"), regions: regions)
        let categories = try categoryRows(files.table("categories.csv"))
        let holidays = try holidayRows(files.table("holidays.csv"))
        return ReferenceData(units: regions + agencies, areas: areas, categories: categories, holidays: holidays)
    }

    private static func regionUnits(_ table: CSVTable) throws(StoreError) -> [UnitRow] {
        var units: [UnitRow] = []
        for row in table.rows {
            guard let text = row["code"], let code = RegionCode(text), let name = row["name"], !name.isEmpty else {
                throw StoreError(.referenceData, "jakarta_regions.csv has a malformed row: \(row)")
            }
            let unit = UnitRow(
                code: code.rawValue, kind: UnitKind(code.level), name: name, parentCode: code.parent?.rawValue,
                areaCode: code.rawValue, agencyFamily: nil)
            units.append(unit)
        }
        return units
    }

    /// A Dinas at province level, `31-BM`, and when the family has branches a
    /// Suku Dinas in each kota, `31.71-BM`: the code says the area it covers.
    private static func agencyUnits(_ table: CSVTable, regions: [UnitRow]) throws(StoreError) -> [UnitRow] {
        guard let province = regions.first(where: { $0.kind == .provinsi }) else {
            throw StoreError(.referenceData, "jakarta_regions.csv has no provinsi row")
        }
        let kotas = regions.filter { $0.kind == .kota }
        var units: [UnitRow] = []
        for row in table.rows {
            guard let family = row["family"], let abbreviation = row["code"], let dinas = row["dinas"],
                !family.isEmpty, !abbreviation.isEmpty, !dinas.isEmpty
            else { throw StoreError(.referenceData, "agencies.csv has a malformed row: \(row)") }
            let dinasCode = "\(province.code)-\(abbreviation)"
            units.append(
                UnitRow(
                    code: dinasCode, kind: .dinas, name: dinas, parentCode: province.code, areaCode: province.code,
                    agencyFamily: family))
            guard let branch = row["suku_dinas"], !branch.isEmpty else { continue }
            for kota in kotas {
                units.append(
                    UnitRow(
                        code: "\(kota.code)-\(abbreviation)", kind: .sukuDinas,
                        name: "\(branch) \(shortName(kota.name))",
                        parentCode: dinasCode, areaCode: kota.code, agencyFamily: family))
            }
        }
        return units
    }

    /// "Kota Administrasi Jakarta Pusat" -> "Jakarta Pusat".
    static func shortName(_ kota: String) -> String {
        for prefix in ["Kota Administrasi ", "Kabupaten Administrasi ", "Kota ", "Kabupaten "]
        where kota.hasPrefix(prefix) {
            return String(kota.dropFirst(prefix.count))
        }
        return kota
    }

    private static func categoryRows(_ table: CSVTable) throws(StoreError) -> [CategoryRow] {
        var rows: [CategoryRow] = []
        for (position, row) in table.rows.enumerated() {
            guard let code = row["code"], !code.isEmpty, let name = row["name"], !name.isEmpty,
                let radius = Int(row["duplicate_radius_m"] ?? ""), let window = Int(row["duplicate_window_days"] ?? "")
            else { throw StoreError(.referenceData, "categories.csv has a malformed row: \(row)") }
            guard let target = serviceTarget(row) else {
                throw StoreError(.referenceData, "categories.csv has malformed service-level targets: \(row)")
            }
            let keywords = (row["keywords"] ?? "").split(separator: ";").map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            }.filter { !$0.isEmpty }
            let family = row["agency"].flatMap { $0.isEmpty ? nil : $0 }
            rows.append(
                CategoryRow(
                    code: code, name: name, agencyFamily: family, keywords: keywords,
                    directToAgency: row["direct_to_agency"] == "true", duplicateRadiusMeters: radius,
                    duplicateWindowDays: window, target: target, position: position))
        }
        return rows
    }

    /// Hours in the file (fractions allowed: 0.25 is a quarter of an hour), minutes in the database.
    private static func serviceTarget(_ row: [String: String]) -> ServiceTarget? {
        guard let response = Double(row["response_hours"] ?? ""),
            let completion = Double(row["completion_hours"] ?? ""),
            let clock = SLAClock(rawValue: row["sla_clock"] ?? ""), (0...8_760).contains(response),
            (0...8_760).contains(completion)
        else { return nil }
        return ServiceTarget(
            responseMinutes: Int((response * 60).rounded()), completionMinutes: Int((completion * 60).rounded()),
            clock: clock)
    }

    private static func holidayRows(_ table: CSVTable) throws(StoreError) -> [HolidayRow] {
        try table.rows.map { row throws(StoreError) in
            guard let day = CivilDay(row["day"] ?? ""), let name = row["name"], !name.isEmpty else {
                throw StoreError(.referenceData, "holidays.csv has a malformed row: \(row)")
            }
            return HolidayRow(day: day, name: name)
        }
    }
}
