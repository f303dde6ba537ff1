import AspirasiCore

/// How a status looks in the console: Jakarta's colours (menunggu red, work in progress yellow,
/// selesai green, ditolak grey), always with the word and an icon, never colour alone.
public enum StatusBadge {
    public static func label(_ status: ReportStatus) -> String {
        switch status {
        case .menunggu: "Menunggu"
        case .koordinasi: "Koordinasi"
        case .disposisi: "Disposisi"
        case .proses: "Proses"
        case .selesai: "Selesai"
        case .ditolak: "Ditolak"
        }
    }

    /// The colour family: `red`, `yellow`, `green` or `grey` (CSS classes `tone-…`).
    public static func tone(_ status: ReportStatus) -> String {
        switch status {
        case .menunggu: "red"
        case .koordinasi, .disposisi, .proses: "yellow"
        case .selesai: "green"
        case .ditolak: "grey"
        }
    }

    public static func icon(_ status: ReportStatus) -> HTML {
        switch status {
        case .menunggu: Icon.alert
        case .koordinasi, .disposisi, .proses: Icon.progress
        case .selesai: Icon.check
        case .ditolak: Icon.cross
        }
    }

    public static func badge(_ status: ReportStatus) -> HTML {
        "<span class=\"badge tone-\(tone(status))\">\(icon(status)) \(label(status))</span>"
    }

    public static let overdue: HTML = "<span class=\"badge overdue\">\(Icon.clock) Terlambat</span>"

    public static func reason(_ code: String) -> String {
        switch RejectReason(rawValue: code) {
        case .duplikat: "Duplikat"
        case .bukanWewenang: "Bukan Wewenang"
        case .tidakValid: "Tidak Valid"
        case .luarWilayah: "Luar Wilayah"
        case nil: code
        }
    }
}

/// Small inline SVG icons: no icon font or image to fetch, and each shape differs, so the statuses
/// stay apart for colour-blind officers and in grey print.
public enum Icon {
    static func svg(_ body: String) -> HTML {
        .trusted(
            "<svg class=\"icon\" viewBox=\"0 0 16 16\" width=\"14\" height=\"14\" aria-hidden=\"true\" focusable=\"false\">"
                + body + "</svg>")
    }

    /// A circle with an exclamation mark: waiting.
    public static let alert = svg(
        "<circle cx=\"8\" cy=\"8\" r=\"7\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/>"
            + "<rect x=\"7\" y=\"3.5\" width=\"2\" height=\"6\" fill=\"currentColor\"/>"
            + "<rect x=\"7\" y=\"11\" width=\"2\" height=\"2\" fill=\"currentColor\"/>")
    /// A half-filled circle: under way.
    public static let progress = svg(
        "<circle cx=\"8\" cy=\"8\" r=\"7\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/>"
            + "<path d=\"M8 1a7 7 0 0 1 0 14z\" fill=\"currentColor\"/>")
    /// A tick: done.
    public static let check = svg(
        "<path d=\"M2 8.5l4 4 8-9\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.5\"/>")
    /// A cross: rejected.
    public static let cross = svg(
        "<path d=\"M3 3l10 10M13 3L3 13\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.5\"/>")
    /// A clock: overdue.
    public static let clock = svg(
        "<circle cx=\"8\" cy=\"8\" r=\"7\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/>"
            + "<path d=\"M8 4v4.5l3 2\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/>")
}
