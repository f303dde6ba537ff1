/// What kind of organisational unit a row in `units` is.
///
/// Regions are accountable for what happens inside them; agencies (SKPD/UKPD)
/// act on what is disposed to them.
public enum UnitKind: String, CaseIterable, Codable, Sendable {
    case provinsi
    case kota
    case kecamatan
    case kelurahan
    /// A province-level agency: Dinas, Badan, Satpol PP, a BUMD such as PAM Jaya.
    case dinas
    /// The per-kota branch of a Dinas.
    case sukuDinas = "suku_dinas"

    public var isRegion: Bool {
        switch self {
        case .provinsi, .kota, .kecamatan, .kelurahan: true
        case .dinas, .sukuDinas: false
        }
    }

    public init(_ level: RegionLevel) {
        switch level {
        case .provinsi: self = .provinsi
        case .kota: self = .kota
        case .kecamatan: self = .kecamatan
        case .kelurahan: self = .kelurahan
        }
    }
}

/// A unit named by its code, as shown to people.
public struct UnitRef: Codable, Hashable, Sendable {
    public let code: String
    public let name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
