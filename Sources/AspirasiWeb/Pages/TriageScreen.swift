import AspirasiCore
import Foundation

/// `GET /console/triage`: reports a coordinator must place or classify before anyone can act.
public struct TriageScreen: Sendable {
    public struct Item: Sendable {
        public let trackingNumber: String
        public let status: ReportStatus
        /// Why it is here: no kelurahan, classified `lainnya`, returned by an agency.
        public let reasons: [String]
        public let category: String
        /// The current kelurahan's label in the picker, if any.
        public let kelurahan: String?
        public let summary: String
        public let createdAt: Date
        /// The model's guess, preselected so that a koordinator confirms it with one click, and its label.
        public var proposal: (category: String, label: String)?

        public init(
            trackingNumber: String, status: ReportStatus, reasons: [String], category: String, kelurahan: String?,
            summary: String, createdAt: Date
        ) {
            self.trackingNumber = trackingNumber
            self.status = status
            self.reasons = reasons
            self.category = category
            self.kelurahan = kelurahan
            self.summary = summary
            self.createdAt = createdAt
        }
    }

    public var items: [Item]
    public var categories: [Choice]
    public var kelurahans: [Choice]
    public var now = Date()

    public init(items: [Item], categories: [Choice], kelurahans: [Choice]) {
        self.items = items
        self.categories = categories
        self.kelurahans = kelurahans
    }

    public func render(viewer: Viewer, flash: Flash? = nil) -> HTML {
        let cards: HTML
        if items.isEmpty {
            cards = "<p class=\"card\">Tidak ada laporan yang perlu dipilah.</p>"
        } else {
            cards = items.map { card($0, csrf: viewer.csrfToken) }.joined()
        }
        return Layout.page(
            title: "Pilah Laporan", viewer: viewer, section: .triage, flash: flash,
            """
            <h1>Pilah Laporan</h1>
            <p class="muted">Laporan tanpa kelurahan, berkategori lainnya, atau dikembalikan SKPD. \
            Tetapkan kategori dan kelurahan sekaligus. Tebakan model paling yakin tampil lebih dulu, sudah terpilih.</p>
            \(KelurahanPicker.datalist(kelurahans))
            \(cards)
            """)
    }

    func card(_ item: Item, csrf: String) -> HTML {
        let id = "t-\(item.trackingNumber)"
        let unclassified = item.category == Classifier.fallbackCategory
        let selected = unclassified ? (item.proposal?.category ?? item.category) : item.category
        let guess: HTML =
            unclassified
            ? item.proposal.map { "<span class=\"badge tone-yellow proposal\">Tebakan model: \($0.label)</span> " }
                ?? .empty
            : .empty
        let fields: HTML = """
            <div class="row-actions">
            <div class="field"><label for="\(id)-category">Kategori</label>
            <select id="\(id)-category" name="category">\(Form.options(categories, selected: selected))</select></div>
            <div class="field"><label for="\(id)-kelurahan">Kelurahan (ketik nama)</label>
            <input type="text" id="\(id)-kelurahan" name="kelurahan" list="kelurahan-list" value="\(item.kelurahan ?? "")" \
            autocomplete="off" required></div>
            <div class="field"><button type="submit">Simpan</button></div>
            </div>
            """
        let reasons = item.reasons.map { "<span class=\"badge tone-grey\">\($0)</span> " as HTML }
        return """
            <section class="card">
            <p><a class="number" href="\(Link.report(item.trackingNumber))">\(item.trackingNumber)</a> \
            \(StatusBadge.badge(item.status)) \(reasons) \(guess)<span class="muted">\(JakartaClock.relative(item.createdAt, now: now))</span></p>
            <p class="summary">\(item.summary)</p>
            \(Form.post("/console/triage/" + Link.encode(item.trackingNumber), csrf: csrf, fields))
            </section>
            """
    }
}
