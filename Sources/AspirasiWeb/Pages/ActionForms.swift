import AspirasiCore

/// The forms for the actions allowed on a report right now, each a POST to
/// `/console/reports/{number}/{action}` with the API's field names.
public struct ActionForms: Sendable {
    public let allowed: [OfficerAction]
    /// Agencies (SKPD/UKPD) to dispose to, and the category's Suku Dinas for the report's kota.
    public let agencies: [Choice]
    public let defaultAgency: String?
    /// Kelurahan to move the report to, searchable by name.
    public let kelurahans: [Choice]

    public init(allowed: [OfficerAction], agencies: [Choice], defaultAgency: String?, kelurahans: [Choice]) {
        self.allowed = allowed
        self.agencies = agencies
        self.defaultAgency = defaultAgency
        self.kelurahans = kelurahans
    }

    public static func title(_ action: OfficerAction) -> String {
        switch action {
        case .start: "Mulai Tindak Lanjut"
        case .coordinate: "Koordinasikan"
        case .dispose: "Disposisi ke SKPD"
        case .accept: "Terima"
        case .returnDisposition: "Kembalikan"
        case .complete: "Selesaikan (foto tindak lanjut wajib)"
        case .reject: "Tolak"
        case .reassign: "Pindahkan Kelurahan"
        case .note: "Catatan Internal"
        case .reply: "Balas Warga"
        case .reopen: "Buka Kembali"
        default: action.rawValue
        }
    }

    func render(trackingNumber: String, csrf: String) -> HTML {
        guard !allowed.isEmpty else {
            return
                "<section class=\"panel actions\"><h2>Tindakan</h2><p class=\"muted\">Tidak ada tindakan untuk Anda saat ini.</p></section>"
        }
        let forms = allowed.map { form($0, trackingNumber: trackingNumber, csrf: csrf) }
        return "<section class=\"panel actions\"><h2>Tindakan</h2>\(forms)</section>"
    }

    func form(_ action: OfficerAction, trackingNumber: String, csrf: String) -> HTML {
        let target = Link.report(trackingNumber) + "/" + action.rawValue
        let id = "a-\(action.rawValue)"
        let button: HTML = "<button type=\"submit\">\(Self.title(action))</button>"
        // One-click moves need no fields: a plain button.
        if action == .start || action == .accept {
            return Form.post(target, csrf: csrf, cssClass: "quick", button)
        }
        let fields: HTML
        switch action {
        case .dispose:
            fields = """
                <div class="field"><label for="\(id)-agency">SKPD/UKPD</label><select id="\(id)-agency" name="agency" required>\
                \(Form.options(agencies, selected: defaultAgency))</select></div>
                \(note(id, "Catatan (tidak dikirim ke warga)", required: false))
                """
        case .complete:
            fields = """
                <div class="field"><label for="\(id)-photo">Foto Tindak Lanjut (TL)</label>
                <input type="file" id="\(id)-photo" name="photo" accept="image/jpeg,image/png" capture="environment"></div>
                \(note(id, "Uraian tindak lanjut (dikirim ke warga)", required: true))
                """
        case .reject:
            let reasons = RejectReason.allCases.map { Choice($0.rawValue, StatusBadge.reason($0.rawValue)) }
            fields = """
                <div class="field"><label for="\(id)-reason">Alasan</label><select id="\(id)-reason" name="reason" required>\
                \(Form.options(reasons, selected: nil))</select></div>
                \(note(id, "Penjelasan untuk warga", required: false))
                """
        case .reassign:
            fields = """
                <div class="field"><label for="\(id)-kelurahan">Kelurahan tujuan (ketik nama)</label>
                <input type="text" id="\(id)-kelurahan" name="kelurahan" list="kelurahan-list" required autocomplete="off"></div>
                \(KelurahanPicker.datalist(kelurahans))
                """
        case .coordinate: fields = note(id, "Dengan siapa dan apa yang dikoordinasikan", required: true)
        case .returnDisposition: fields = note(id, "Alasan dikembalikan", required: true)
        case .note: fields = note(id, "Catatan (hanya untuk petugas)", required: true)
        case .reply: fields = note(id, "Balasan (dikirim ke warga)", required: true)
        case .reopen: fields = note(id, "Alasan dibuka kembali", required: true)
        default: fields = .empty
        }
        return """
            <details><summary>\(Self.title(action))</summary>\
            \(Form.post(target, csrf: csrf, multipart: action == .complete, fields + button))</details>
            """
    }

    func note(_ id: String, _ label: String, required: Bool) -> HTML {
        let mark: HTML = required ? " required" : ""
        return """
            <div class="field"><label for="\(id)-note">\(label)</label>
            <textarea id="\(id)-note" name="note" maxlength="4000"\(mark)></textarea></div>
            """
    }
}

/// The kelurahan search box's suggestions: the code as the value, the name to search by.
public enum KelurahanPicker {
    public static func datalist(_ kelurahans: [Choice], id: String = "kelurahan-list") -> HTML {
        let options = kelurahans.map { "<option value=\"\($0.label)\"></option>" as HTML }
        return "<datalist id=\"\(id)\">\(options)</datalist>"
    }
}
