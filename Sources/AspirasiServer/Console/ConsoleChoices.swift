import AspirasiCore
import AspirasiWeb
import Foundation

/// The console's pickers, from the catalog loaded at start (names, not codes, for people).
struct ConsoleChoices {
    let catalog: IntakeCatalog

    /// `Jakarta Pusat` for `Kota Administrasi Jakarta Pusat`.
    func shortName(_ code: String) -> String {
        let name = catalog.units[code]?.name ?? code
        for prefix in ["Kota Administrasi ", "Kabupaten Administrasi "] where name.hasPrefix(prefix) {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }

    /// `Gambir — Kec. Gambir, Jakarta Pusat`: unique, and searchable by the kelurahan's name.
    func kelurahanLabel(_ code: String) -> String {
        guard let region = RegionCode(code), let unit = catalog.units[code] else { return code }
        let kecamatan = region.ancestor(at: .kecamatan).map { shortName($0.rawValue) } ?? ""
        let kota = region.ancestor(at: .kota).map { shortName($0.rawValue) } ?? ""
        return "\(unit.name) — Kec. \(kecamatan), \(kota)"
    }

    /// Every kelurahan whose code starts with `prefix` (all when empty), by name.
    func kelurahans(under prefix: String = "") -> [Choice] {
        catalog.units.values.filter { $0.kind == .kelurahan && $0.code.hasPrefix(prefix) }
            .map { Choice($0.code, kelurahanLabel($0.code)) }
            .sorted { $0.label < $1.label }
    }

    /// A kelurahan typed into a search box: its code, its label from the list, or a name only one kelurahan has.
    func kelurahanCode(_ input: String?) -> String? {
        guard let text = input?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if catalog.units[text]?.kind == .kelurahan { return text }
        let all = kelurahans()
        if let exact = all.first(where: { $0.label == text }) { return exact.value }
        let named = all.filter { catalog.units[$0.value]?.name.lowercased() == text.lowercased() }
        return named.count == 1 ? named[0].value : nil
    }

    var categories: [Choice] {
        catalog.categories.values.map { Choice($0.code, $0.name) }.sorted { $0.label < $1.label }
    }

    func categoryName(_ code: String) -> String { catalog.categories[code]?.name ?? code }

    /// Agencies (Dinas and Suku Dinas), by name.
    var agencies: [Choice] {
        catalog.units.values.filter { !$0.kind.isRegion }.map { Choice($0.code, $0.name) }.sorted {
            $0.label < $1.label
        }
    }

    /// Every unit an account may belong to, labelled so a search by name finds it.
    var units: [Choice] {
        catalog.units.values.map { unit in
            Choice(unit.code, unit.kind == .kelurahan ? kelurahanLabel(unit.code) : "\(unit.name) (\(unit.code))")
        }.sorted { $0.label < $1.label }
    }

    /// A unit typed into a search box: its code or its label.
    func unitCode(_ input: String?) -> String? {
        guard let text = input?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if catalog.units[text] != nil { return text }
        return units.first { $0.label == text }?.value
    }

    func unitName(_ code: String?) -> String? {
        guard let code else { return nil }
        return catalog.units[code]?.name ?? code
    }
}
