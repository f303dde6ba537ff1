/// How each channel shows our statuses. One table per channel, here, so that
/// the wording a citizen sees is decided in one place.
public enum StatusProjection {
    /// Open311 has two states.
    public static func open311(_ status: ReportStatus) -> String {
        status.isOpen ? "open" : "closed"
    }

    /// Qlue shows wait (red), process (yellow), complete (green); coordination
    /// is still "wait", with a comment saying who is coordinating.
    public static func qlue(_ status: ReportStatus) -> String {
        switch status {
        case .menunggu, .koordinasi, .disposisi: "wait"
        case .proses: "process"
        case .selesai, .ditolak: "complete"
        }
    }

    /// SP4N-LAPOR!'s follow-up states. Once anyone acts (coordination,
    /// disposition, work), LAPOR! counts the report as followed up
    /// (`proses`); a rejection becomes LAPOR!'s own outcome: not our
    /// authority, or archived for duplicates and invalid reports.
    public static func lapor(_ status: ReportStatus, reason: RejectReason? = nil) -> String {
        switch status {
        case .menunggu: "belum_ditindaklanjuti"
        case .koordinasi, .disposisi, .proses: "proses"
        case .selesai: "selesai"
        case .ditolak:
            switch reason {
            case .bukanWewenang, .luarWilayah: "bukan_wewenang"
            case .duplikat, .tidakValid, nil: "arsip"
            }
        }
    }

    /// A sentence in Bahasa Indonesia telling a citizen where the report stands.
    public static func note(
        _ status: ReportStatus, reason: RejectReason? = nil, agency: String? = nil, duplicateOf: String? = nil
    ) -> String {
        switch status {
        case .menunggu: return "Laporan diterima dan menunggu tindak lanjut."
        case .koordinasi: return "Kelurahan sedang berkoordinasi dengan unit terkait."
        case .disposisi:
            return agency.map { "Laporan diteruskan ke \($0)." } ?? "Laporan diteruskan ke instansi terkait."
        case .proses: return "Laporan sedang dikerjakan."
        case .selesai: return "Laporan telah selesai ditindaklanjuti."
        case .ditolak:
            switch reason {
            case .duplikat:
                return duplicateOf.map { "Laporan sama dengan laporan \($0) yang sedang ditangani." }
                    ?? "Laporan sama dengan laporan lain yang sedang ditangani."
            case .bukanWewenang: return "Laporan bukan wewenang Pemerintah Provinsi DKI Jakarta."
            case .luarWilayah:
                return "Lokasi di luar wilayah DKI Jakarta; silakan melapor ke pemerintah daerah setempat."
            case .tidakValid, nil: return "Laporan tidak dapat ditindaklanjuti."
            }
        }
    }
}
