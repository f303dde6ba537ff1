/// What the intake needs to know about categories and units, loaded once from
/// the database: names, keyword rules, place names and which agency handles what.
public struct IntakeCatalog: Sendable {
    public struct Category: Sendable {
        public let code: String
        public let name: String
        public let agencyFamily: String?
        public let keywords: [String]
        public let directToAgency: Bool
        /// How near an open report of this category must be to count as the same problem.
        public let duplicateRadiusMeters: Double

        public init(
            code: String, name: String, agencyFamily: String?, keywords: [String], directToAgency: Bool,
            duplicateRadiusMeters: Double = 100
        ) {
            self.code = code
            self.name = name
            self.agencyFamily = agencyFamily
            self.keywords = keywords
            self.directToAgency = directToAgency
            self.duplicateRadiusMeters = duplicateRadiusMeters
        }
    }

    public struct Unit: Sendable {
        public let code: String
        public let name: String
        public let kind: UnitKind
        public let areaCode: String
        public let agencyFamily: String?

        public init(code: String, name: String, kind: UnitKind, areaCode: String, agencyFamily: String?) {
            self.code = code
            self.name = name
            self.kind = kind
            self.areaCode = areaCode
            self.agencyFamily = agencyFamily
        }
    }

    public let categories: [String: Category]
    /// The same categories in their configured order.
    public let categoryList: [Category]
    public let units: [String: Unit]
    public let classifier: Classifier
    public let gazetteer: Gazetteer
    /// What each unit's officers may see (`AccessScope`), worked out once here rather than per request.
    public let scopes: [String: AccessScope]
    /// The province: owner of reports nobody could place, for its coordinators to triage.
    public let provinceCode: String
    /// The kelurahan polygons: where a point lies, without asking the database.
    public let areas: KelurahanIndex
    /// Which import of the reference data this was read from (the database counts them), so a hub
    /// can tell cheaply that another process imported since.
    public let referenceVersion: Int64

    public init(categories: [Category], units: [Unit], areas: KelurahanIndex = .empty, referenceVersion: Int64 = 0) {
        self.areas = areas
        self.referenceVersion = referenceVersion
        self.categories = Dictionary(categories.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.categoryList = categories
        self.units = Dictionary(units.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.classifier = Classifier(
            rules: categories.map { Classifier.Rule(category: $0.code, keywords: $0.keywords) })
        self.gazetteer = Gazetteer(
            entries: units.compactMap { unit in
                guard let code = RegionCode(unit.code), code.level != .provinsi else { return nil }
                return Gazetteer.Entry(code: unit.code, name: unit.name, level: code.level)
            })
        self.provinceCode = units.first { $0.kind == .provinsi }?.code ?? "31"
        self.scopes = AccessScope.all(self.units)
    }

    public func unitRef(_ code: String?) -> UnitRef? {
        guard let code, let unit = units[code] else { return nil }
        return UnitRef(code: unit.code, name: unit.name)
    }

    /// The kelurahan holding `point` (or within the edge tolerance) and the areas above it, by name.
    public func locate(_ point: GeoPoint) -> LocatedArea? {
        areas.kelurahan(at: point).flatMap(area(ofKelurahan:))
    }

    /// The kelurahan and the areas above it, by name.
    ///
    /// A kelurahan's code is PP.KK.CC.DDDD: the areas above it are its prefixes, cut at the dots rather
    /// than parsed (`RegionCode` parsing was a twentieth of `GET /api/v1/locate`'s CPU time).
    public func area(ofKelurahan code: String) -> LocatedArea? {
        let utf8 = code.utf8
        var dots: (String.Index?, String.Index?, String.Index?) = (nil, nil, nil)
        var count = 0
        for index in utf8.indices where utf8[index] == UInt8(ascii: ".") {
            count += 1
            switch count {
            case 1: dots.0 = index
            case 2: dots.1 = index
            case 3: dots.2 = index
            default: return nil
            }
        }
        guard let first = dots.0, let second = dots.1, let third = dots.2,
            units[code]?.kind == .kelurahan, let kelurahan = unitRef(code),
            let kecamatan = unitRef(String(code[..<third])), let kota = unitRef(String(code[..<second])),
            let provinsi = unitRef(String(code[..<first]))
        else { return nil }
        return LocatedArea(kelurahan: kelurahan, kecamatan: kecamatan, kota: kota, provinsi: provinsi)
    }

    /// The agency that acts on `category` in the kota holding `region`: its Suku
    /// Dinas there, else the province-level Dinas; nil when no agency handles it.
    public func agency(for category: String, in region: String?) -> String? {
        guard let family = categories[category]?.agencyFamily else { return nil }
        let kota = region.flatMap(RegionCode.init)?.ancestor(at: .kota)?.rawValue
        let agencies = units.values.filter { $0.agencyFamily == family }
        if let kota, let branch = agencies.first(where: { $0.kind == .sukuDinas && $0.areaCode == kota }) {
            return branch.code
        }
        return agencies.first { $0.kind == .dinas }?.code
    }
}
