import AspirasiCore
import AspirasiStore
import AspirasiWeb

/// What the console tells an officer, in Bahasa Indonesia, saying what to do next.
enum ConsoleMessages {
    static let photoRequired = "Foto tindak lanjut wajib diunggah sebelum laporan diselesaikan."
    static let handledElsewhere = "Laporan ini sudah ditangani petugas lain; muat ulang halaman."
    static let badLogin = "Nama pengguna atau kata sandi salah."
    static let passwordRule =
        "Kata sandi minimal \(PasswordHasher.minimumLength) karakter dan paling banyak \(PasswordHasher.maximumBytes) byte."
    static let tooManyAttempts =
        "Terlalu banyak percobaan masuk yang gagal. Tunggu beberapa menit, lalu coba lagi, atau minta admin membuka akun Anda."

    static func forStatus(_ code: Int) -> String {
        switch code {
        case 403:
            "Anda tidak diizinkan membuka halaman ini atau mengirim formulir ini. Muat ulang halaman lalu coba lagi."
        case 404: "Halaman atau laporan ini tidak ada, atau berada di luar wilayah Anda."
        case 413: "Berkas terlalu besar. Unggah foto paling besar 10 MB."
        case 503: "Layanan sedang sibuk atau basis data tidak tersedia. Coba lagi sebentar lagi."
        default: "Terjadi kesalahan. Coba lagi; bila berulang, hubungi admin."
        }
    }

    /// A refused action, as the report page shows it.
    static func forAction(_ error: WorkflowError) -> String {
        switch error {
        case .conflict: handledElsewhere
        case .forbidden: "Anda tidak berwenang melakukan tindakan ini pada laporan ini."
        case .notFound: forStatus(404)
        case .unauthenticated: "Sesi Anda berakhir. Silakan masuk lagi."
        case .invalid(let field, let message):
            switch field {
            case "photos", "photo":
                message.hasPrefix("only")
                    ? "Foto harus berupa JPEG atau PNG."
                    : message.hasPrefix("at most") ? forStatus(413) : photoRequired
            case "note": "Isi catatan terlebih dahulu (paling banyak 4.000 karakter)."
            case "reason": "Pilih alasan penolakan."
            case "agency": "Pilih SKPD/UKPD tujuan disposisi."
            case "kelurahan": "Pilih kelurahan tujuan dari daftar (ketik namanya), dan bukan kelurahan yang sama."
            case "category": "Pilih kategori dari daftar."
            case "incident": "Insiden ini sudah ditutup: semua laporannya selesai."
            case "idempotency_key": "Muat ulang halaman insiden lalu kirim lagi."
            default: "Isian \(field) tidak valid."
            }
        }
    }

    /// What happened, for the flash after a successful action.
    static func done(_ action: OfficerAction, _ number: String) -> String {
        switch action {
        case .note: "Catatan Internal disimpan pada laporan \(number)."
        case .reply: "Balasan dikirim ke warga untuk laporan \(number)."
        case .reassign: "Laporan \(number) dipindahkan."
        default: "\(ActionForms.title(action)): laporan \(number) berhasil diperbarui."
        }
    }

    /// What an action on a whole incident did.
    static func done(_ action: IncidentAction, _ outcome: IncidentActionOutcome) -> String {
        let left = outcome.skipped > 0 ? " \(outcome.skipped) laporan tidak dapat diubah oleh Anda." : ""
        let closed = outcome.closed ? " Insiden ditutup." : ""
        let what: String
        switch action {
        case .dispose: what = "\(outcome.acted) laporan didisposisikan ke SKPD."
        case .reply: what = "Balasan dikirim ke \(outcome.deliveriesQueued) pelapor (\(outcome.acted) laporan)."
        case .complete: what = "\(outcome.acted) laporan diselesaikan."
        }
        return what + left + closed
    }
}
