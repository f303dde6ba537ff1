/// The citizens' pages (`/publik`, `/lacak`): the console's page and stylesheet with a header of their
/// own (no sign-in, no officers' menu).
public enum PublicPage: String, Sendable, CaseIterable {
    case summary, tracking

    var title: String {
        switch self {
        case .summary: "Ringkasan Kota"
        case .tracking: "Lacak Laporan"
        }
    }

    var path: String {
        switch self {
        case .summary: "/publik"
        case .tracking: "/lacak"
        }
    }
}

extension Layout {
    public static func publicPage(title: String, current: PublicPage?, _ content: HTML) -> HTML {
        let links = PublicPage.allCases.map { page -> HTML in
            let here: HTML = page == current ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(page.path)\"\(here)>\(page.title)</a></li>"
        }
        let header: HTML = """
            <header class="top">
            <span class="brand">Aspirasi · Laporan Warga Jakarta</span>
            <nav aria-label="Menu utama"><ul>\(links)</ul></nav>
            </header>
            """
        return document(title: title, header: header, flash: nil, "<div class=\"public\">\(content)</div>")
    }
}
