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

    public init(unit code: String, in catalog: IntakeCatalog) {
        guard let unit = catalog.units[code] else {
            self.units = []
            return
        }
        if unit.kind == .provinsi {
            self.units = nil
            return
        }
        var covered: Set<String> = [code]
        for other in catalog.units.values {
            if unit.kind.isRegion, other.kind.isRegion, other.code.hasPrefix(code + ".") {
                covered.insert(other.code)
            } else if unit.kind == .dinas, other.kind == .sukuDinas, other.agencyFamily == unit.agencyFamily,
                other.areaCode.hasPrefix(unit.areaCode)
            {
                covered.insert(other.code)
            }
        }
        self.units = covered
    }

    public func covers(_ unit: String?) -> Bool {
        guard let unit else { return units == nil }
        return units?.contains(unit) ?? true
    }
}
