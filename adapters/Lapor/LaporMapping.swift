import ChannelKit
import Foundation

/// The one table between SP4N-LAPOR! and the hub: field names and statuses.
/// LAPOR! documents its agency API only to registered agencies, so these
/// names are our design (CHANNELS.md, section 7); when the operator hands
/// over the real specification, this file is what changes.
enum LaporFields {
    static let list = "laporan"
    static let hasMore = "has_more"
    static let trackingID = "tracking_id"
    static let title = "judul"
    static let body = "isi"
    static let status = "status"
    static let address = "lokasi"
    static let latitude = "lat"
    static let longitude = "lng"
    static let anonymous = "anonim"
    static let confidential = "rahasia"
    static let reporter = "pelapor"
    static let reporterName = "nama"
    static let attachments = "lampiran"
    static let created = "dibuat"
    static let updated = "diperbarui"
    static let comments = "komentar"
    static let commentID = "id"
    static let commentFrom = "dari"
    static let commentBody = "isi"
    /// Who wrote a comment: only the citizen's comments are taken in (ours and LAPOR!'s admins' are not).
    static let fromReporter = "pelapor"
}

/// LAPOR!'s status of a report it sends us. Any string is accepted: one we do
/// not know is kept as `.unknown` and the report is taken in as usual, so a
/// status LAPOR! adds later never stops the feed.
public enum LaporStatus: Sendable, Equatable {
    case belumDiverifikasi
    case terverifikasi
    case disposisi
    case proses
    case ditunda
    case selesai
    case bukanWewenang
    case arsip
    case dicabut
    case unknown(String)

    static let table: [String: LaporStatus] = [
        "belum_diverifikasi": .belumDiverifikasi, "belum_ditindaklanjuti": .disposisi, "terverifikasi": .terverifikasi,
        "verifikasi": .terverifikasi,
        "disposisi": .disposisi, "didisposisikan": .disposisi, "proses": .proses, "tindak_lanjut": .proses,
        "ditunda": .ditunda, "selesai": .selesai, "bukan_wewenang": .bukanWewenang, "arsip": .arsip,
        "diarsipkan": .arsip, "dicabut": .dicabut,
    ]

    public init(_ text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "_")
        self = Self.table[key] ?? .unknown(text)
    }

    /// Whether a report LAPOR! shows with this status is ours to take in. A report LAPOR! itself
    /// closed (archived, withdrawn, not ours, finished) before we saw it is not.
    public var isOurs: Bool {
        switch self {
        case .selesai, .bukanWewenang, .arsip, .dicabut: false
        default: true
        }
    }

    /// The status we send LAPOR! for one of ours (the table is `StatusProjection.lapor`).
    static func outgoing(_ status: ReportStatus, reason: RejectReason?) -> String {
        StatusProjection.lapor(status, reason: reason)
    }
}
