import AspirasiCore
import Foundation

/// Writes a reference folder for the whole country, loadable with `aspirasi import --reference-dir`:
/// every region of Indonesia from a Kemendagri code list (`code,name,level`, as cahyadsn/wilayah's
/// `indonesia_regions.csv`), a generated polygon for each desa and kelurahan (`VillageLattice`: the
/// real codes and count, made-up shapes), the shipped categories and holidays, no agencies (the
/// shipped ones are Jakarta's), and `points.txt`, every village's label point (`lat lon`) for the
/// locate benchmark. For benchmarks: the shapes are not the villages' real boundaries.
public struct NationalGeography: Sendable {
    public struct Summary: Sendable {
        public var regions = 0
        public var villages = 0
        /// Village codes of provinces outside the lattice's island boxes, left out.
        public var skipped = 0
    }

    let regions: URL
    let shipped: ReferenceFiles
    let lattice: VillageLattice

    public init(regions: URL, shipped: ReferenceFiles, lattice: VillageLattice = .init()) {
        self.regions = regions
        self.shipped = shipped
        self.lattice = lattice
    }

    public func write(to directory: URL) throws(StoreError) -> Summary {
        let text: String
        do {
            text = try String(contentsOf: regions, encoding: .utf8)
        } catch {
            throw StoreError(.referenceData, "cannot read \(regions.path): \(error.localizedDescription)")
        }
        let table = try CSVTable(parsing: text, name: regions.lastPathComponent)
        let villageCodes = table.rows.compactMap { row in
            row["code"].flatMap(RegionCode.init).flatMap { $0.level == .kelurahan ? $0.rawValue : nil }
        }
        let villages = lattice.villages(villageCodes)
        // Regions are kept where some village of theirs was placed: the villages and their ancestors.
        var kept = Set<String>()
        for village in villages {
            var code = RegionCode(village.code)
            while let each = code, kept.insert(each.rawValue).inserted { code = each.parent }
        }
        let names = Dictionary(table.rows.compactMap { row in row["code"].map { ($0, row["name"] ?? "") } }) { a, _ in a
        }
        var summary = Summary(villages: villages.count, skipped: villageCodes.count - villages.count)
        var csv = "code,name,level\n"
        for row in table.rows {
            guard let code = row["code"], kept.contains(code), let name = row["name"] else { continue }
            csv += "\(code),\(Self.quoted(name)),\(row["level"] ?? "")\n"
            summary.regions += 1
        }
        var geojson = #"{"type":"FeatureCollection","features":["#
        var points = ""
        for (index, village) in villages.enumerated() {
            if index > 0 { geojson += "," }
            geojson += Self.feature(village, name: names[village.code] ?? village.code)
            points += "\(village.labelLatitude) \(village.labelLongitude)\n"
        }
        geojson += "]}"
        try write(csv, "jakarta_regions.csv", in: directory)
        try write(geojson, "jakarta_kelurahan.geojson", in: directory)
        try write("family,code,dinas,suku_dinas\n", "agencies.csv", in: directory)
        try write(points, "points.txt", in: directory)
        for name in ["categories.csv", "holidays.csv"] {
            try write(String(decoding: try shipped.data(name), as: UTF8.self), name, in: directory)
        }
        let licence = regions.deletingLastPathComponent().appendingPathComponent("LICENSE-wilayah.txt")
        if let notice = try? String(contentsOf: licence, encoding: .utf8) {
            try write(notice, "LICENSE-wilayah.txt", in: directory)
        }
        return summary
    }

    static func feature(_ village: VillageLattice.Village, name: String) -> String {
        let ring = zip(village.ring.longitudes, village.ring.latitudes).map { "[\($0),\($1)]" }.joined(separator: ",")
        let properties =
            #""code":"\#(village.code)","name":\#(jsonString(name)),"label_point":[\#(village.labelLongitude),\#(village.labelLatitude)]"#
        return
            #"{"type":"Feature","properties":{\#(properties)},"geometry":{"type":"MultiPolygon","coordinates":[[[\#(ring)]]]}}"#
    }

    static func jsonString(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func write(_ text: String, _ name: String, in directory: URL) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        } catch {
            throw StoreError(.referenceData, "cannot write \(name) in \(directory.path): \(error.localizedDescription)")
        }
    }
}
