import AspirasiCore

/// Who is looking at a page: what the header shows and which menu entries they get.
public struct Viewer: Sendable {
    public let displayName: String
    public let unitName: String
    public let role: Role
    /// The session's CSRF token, put into every form.
    public let csrfToken: String
    /// The officer's unit is the province: province-wide settings are in their menu (if an admin).
    public let provinceWide: Bool

    public init(displayName: String, unitName: String, role: Role, csrfToken: String, provinceWide: Bool = false) {
        self.displayName = displayName
        self.unitName = unitName
        self.role = role
        self.csrfToken = csrfToken
        self.provinceWide = provinceWide
    }
}

/// A message carried over a redirect after a form was posted.
public struct Flash: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case success
        case error
    }
    public let kind: Kind
    public let text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// The menu entries of the header.
public enum Section: String, Sendable, CaseIterable {
    case reports, triage, map, evaluation, officers, keys, contacts, holidays, serviceLevels, deliveries, pollers

    var title: String {
        switch self {
        case .reports: "Daftar Laporan"
        case .triage: "Pilah Laporan"
        case .map: "Peta"
        case .evaluation: "Evaluasi Bulanan"
        case .officers: "Petugas"
        case .keys: "Kunci API"
        case .contacts: "Kontak Pejabat"
        case .holidays: "Hari Libur"
        case .serviceLevels: "Target Layanan"
        case .deliveries: "Pesan Gagal Terkirim"
        case .pollers: "Kanal Terpantau"
        }
    }

    var path: String {
        switch self {
        case .reports: "/console/reports"
        case .triage: "/console/triage"
        case .map: "/console/map"
        case .evaluation: "/console/evaluasi"
        case .officers: "/console/admin/officers"
        case .keys: "/console/admin/keys"
        case .contacts: "/console/admin/contacts"
        case .holidays: "/console/admin/holidays"
        case .serviceLevels: "/console/admin/service-levels"
        case .deliveries: "/console/admin/deliveries"
        case .pollers: "/console/admin/pollers"
        }
    }

    /// What the viewer finds in the menu: triage for coordinators, the admin pages for admins
    /// (the province-wide ones for the province's admins only).
    static func visible(to viewer: Viewer) -> [Section] {
        var sections: [Section] = [.reports]
        if viewer.role.may(.reassign) { sections.append(.triage) }
        sections.append(.map)
        if viewer.role != .petugas { sections.append(.evaluation) }
        if viewer.role.may(.manageUsers) {
            sections += [.officers, .contacts]
            if viewer.provinceWide { sections += [.keys, .holidays, .serviceLevels, .deliveries, .pollers] }
        }
        return sections
    }
}

/// The page around every console view: head, header with the menu, the flash message, the content.
public enum Layout {
    public static let stylesheetPath = "/console/assets/console.css"

    public static func page(
        title: String, viewer: Viewer?, section: Section? = nil, flash: Flash? = nil, _ content: HTML
    ) -> HTML {
        document(title: title, header: header(viewer, section), flash: flash, content)
    }

    /// The page around any view: the console's (`page`) or the public pages' (`publicPage`) header.
    static func document(title: String, header: HTML, flash: Flash?, _ content: HTML) -> HTML {
        """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · Aspirasi</title>
        <link rel="stylesheet" href="\(stylesheetPath)">
        </head>
        <body>
        <a class="skip" href="#isi">Langsung ke isi</a>
        \(header)
        <main id="isi" tabindex="-1">
        \(flash.map(flashBox) ?? .empty)
        \(content)
        </main>
        </body>
        </html>
        """
    }

    static func header(_ viewer: Viewer?, _ current: Section?) -> HTML {
        guard let viewer else {
            return "<header class=\"top\"><span class=\"brand\">Aspirasi · Konsol Petugas</span></header>"
        }
        let links = Section.visible(to: viewer).map { section -> HTML in
            let here: HTML = section == current ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(section.path)\"\(here)>\(section.title)</a></li>"
        }
        return """
            <header class="top">
            <span class="brand">Aspirasi · Konsol Petugas</span>
            <nav aria-label="Menu utama"><ul>\(links)</ul></nav>
            <div class="who"><span>\(viewer.displayName) · \(viewer.unitName)</span>
            \(Form.post("/console/logout", csrf: viewer.csrfToken, "<button type=\"submit\" class=\"link\">Keluar</button>"))
            </div>
            </header>
            """
    }

    static func flashBox(_ flash: Flash) -> HTML {
        let role: HTML = flash.kind == .error ? "alert" : "status"
        return "<p class=\"flash \(flash.kind.rawValue)\" role=\"\(role)\">\(flash.text)</p>"
    }

    /// A page for an error: what went wrong and where to go.
    public static func error(status: Int, message: String, viewer: Viewer?) -> HTML {
        let title = status == 404 ? "Tidak ditemukan" : status == 403 ? "Tidak diizinkan" : "Terjadi kesalahan"
        return page(
            title: title, viewer: viewer,
            """
            <h1>\(title)</h1>
            <p>\(message)</p>
            <p><a href="/console/reports">Kembali ke Daftar Laporan</a></p>
            """)
    }
}

/// Forms: every POST form carries the session's CSRF token.
public enum Form {
    public static let csrfField = "csrf_token"

    public static func post(
        _ action: String, csrf: String, multipart: Bool = false, cssClass: String? = nil, _ content: HTML
    ) -> HTML {
        let encoding: HTML = multipart ? " enctype=\"multipart/form-data\"" : ""
        let style: HTML = cssClass.map { " class=\"\($0)\"" } ?? ""
        return """
            <form method="post" action="\(action)"\(encoding)\(style)>\
            <input type="hidden" name="\(csrfField)" value="\(csrf)">\(content)</form>
            """
    }

    /// `<option>`s, the one whose value is `selected` marked.
    public static func options(_ choices: [(value: String, label: String)], selected: String?) -> HTML {
        choices.map { choice -> HTML in
            let mark: HTML = choice.value == selected ? " selected" : ""
            return "<option value=\"\(choice.value)\"\(mark)>\(choice.label)</option>"
        }.joined()
    }
}
