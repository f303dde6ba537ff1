/// The administrative areas that contain a point, from kelurahan up to provinsi.
public struct LocatedArea: Codable, Hashable, Sendable {
    public let kelurahan: UnitRef
    public let kecamatan: UnitRef
    public let kota: UnitRef
    public let provinsi: UnitRef

    public init(kelurahan: UnitRef, kecamatan: UnitRef, kota: UnitRef, provinsi: UnitRef) {
        self.kelurahan = kelurahan
        self.kecamatan = kecamatan
        self.kota = kota
        self.provinsi = provinsi
    }
}
