import Foundation

/// The evaluation as one CSV table for spreadsheets: a `section` column says which list a row belongs
/// to (`totals`, `kelurahan_top`, `kelurahan_bottom`, `kelurahan`, `kecamatan`, `kota`, `kota_top`,
/// `kota_bottom`, `agency_unresolved`, `agency_late`, `channel`, `category`), `rank` its place in a
/// ranking, and the other columns are empty where they do not apply.
public enum EvaluationCSV {
    public static let reasons = ["duplikat", "bukan_wewenang", "tidak_valid", "luar_wilayah"]
    public static let header =
        [
            "month", "section", "rank", "area", "code", "name", "received", "completed", "completion_rate",
            "median_completion_hours", "median_first_response_hours", "overdue", "reopened",
        ] + reasons.map { "rejected_" + $0 } + ["unresolved", "late_completions", "count"]

    public static func render(_ evaluation: MonthEvaluation) -> String {
        var lines = [header.joined(separator: ",")]
        let month = evaluation.month.description
        func unit(_ section: String, _ rank: Int?, _ area: String, _ row: MonthEvaluation.UnitRow) {
            let figures =
                [
                    String(row.received), String(row.completed), decimal(row.completionRate, places: 4),
                    row.medianCompletionHours.map { decimal($0, places: 2) } ?? "",
                    row.medianFirstResponseHours.map { decimal($0, places: 2) } ?? "",
                    String(row.overdue), String(row.reopened),
                ] + reasons.map { String(row.rejections[$0] ?? 0) }
            lines.append(
                line([month, section, rank.map(String.init) ?? "", area, row.code, row.name] + figures + ["", "", ""]))
        }
        func other(_ section: String, _ rank: Int, code: String, name: String, last: [String]) {
            lines.append(line([month, section, String(rank), evaluation.area.code, code, name] + blanks + last))
        }
        let areaCode = evaluation.area.code
        unit("totals", nil, areaCode, evaluation.totals)
        for (index, row) in evaluation.kelurahanTop.enumerated() { unit("kelurahan_top", index + 1, areaCode, row) }
        for (index, row) in evaluation.kelurahanBottom.enumerated() {
            unit("kelurahan_bottom", index + 1, areaCode, row)
        }
        for row in evaluation.kelurahan { unit("kelurahan", nil, areaCode, row) }
        for row in evaluation.kecamatan { unit("kecamatan", nil, areaCode, row) }
        for kota in evaluation.kota { unit("kota", nil, areaCode, kota.figures) }
        for kota in evaluation.kota {
            for (index, row) in kota.kelurahanTop.enumerated() { unit("kota_top", index + 1, kota.figures.code, row) }
            for (index, row) in kota.kelurahanBottom.enumerated() {
                unit("kota_bottom", index + 1, kota.figures.code, row)
            }
        }
        for (index, agency) in evaluation.agenciesUnresolved.enumerated() {
            other(
                "agency_unresolved", index + 1, code: agency.code, name: agency.name,
                last: [String(agency.unresolved), "", ""])
        }
        for (index, agency) in evaluation.agenciesLate.enumerated() {
            other(
                "agency_late", index + 1, code: agency.code, name: agency.name,
                last: ["", String(agency.lateCompletions), ""])
        }
        for (index, count) in evaluation.channels.enumerated() {
            other("channel", index + 1, code: count.key, name: count.key, last: ["", "", String(count.count)])
        }
        for (index, count) in evaluation.categories.enumerated() {
            other("category", index + 1, code: count.key, name: count.key, last: ["", "", String(count.count)])
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The columns a non-unit row leaves empty: received up to the last rejection reason.
    static var blanks: [String] { Array(repeating: "", count: 7 + reasons.count) }

    /// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. A field that a
    /// spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe.
    static func line(_ fields: [String]) -> String {
        fields.map { field in
            var text = field
            if let first = text.first, "=+-@".contains(first), Double(text) == nil { text = "'" + text }
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }

    /// A fixed-point decimal with a dot, whatever the locale.
    static func decimal(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale)
        var fraction = String(abs(scaled) % Int(scale))
        while fraction.count < places { fraction = "0" + fraction }
        return (scaled < 0 && whole == 0 ? "-" : "") + String(whole) + "." + fraction
    }
}
