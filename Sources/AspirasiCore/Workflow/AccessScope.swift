/// The units whose reports an officer's unit may see: a region sees every
/// unit inside it (a kecamatan its kelurahan, a kota its kecamatan, the
/// province everything); an agency sees itself and, for a Dinas, its Suku
/// Dinas branches.
public struct AccessScope: Sendable, Equatable {
    /// Nil means every unit (the province).
    public let units: Set<String>?

    public init(units: Set<String>?) {
        self.units = units
    }

    /// The scope of unit `code`: worked out once per unit when the catalog loads, looked up here.
    public init(unit code: String, in catalog: IntakeCatalog) {
        self = catalog.scopes[code] ?? AccessScope(units: [])
    }

    /// Every unit's scope, from the unit table (called once, by `IntakeCatalog`): each region
    /// is added to its ancestors' sets, each Suku Dinas to its Dinas', so the cost grows with
    /// the number of units, not its square.
    static func all(_ units: [String: IntakeCatalog.Unit]) -> [String: AccessScope] {
        var covered: [String: Set<String>] = [:]
        for unit in units.values { covered[unit.code] = [unit.code] }
        let dinas = units.values.filter { $0.kind == .dinas }
        for unit in units.values {
            if unit.kind.isRegion, var region = RegionCode(unit.code) {
                while let parent = region.parent {
                    covered[parent.rawValue]?.insert(unit.code)
                    region = parent
                }
            } else if unit.kind == .sukuDinas {
                for head in dinas where head.agencyFamily == unit.agencyFamily && unit.areaCode.hasPrefix(head.areaCode)
                {
                    covered[head.code]?.insert(unit.code)
                }
            }
        }
        var scopes: [String: AccessScope] = [:]
        for (code, set) in covered {
            scopes[code] = AccessScope(units: units[code]?.kind == .provinsi ? nil : set)
        }
        return scopes
    }

    public func covers(_ unit: String?) -> Bool {
        guard let unit else { return units == nil }
        return units?.contains(unit) ?? true
    }
}
