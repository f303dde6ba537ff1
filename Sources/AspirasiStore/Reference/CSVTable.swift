/// A small RFC 4180 reader for the reference files: quoted fields, doubled
/// quotes, CRLF or LF. Rows become dictionaries keyed by the header.
struct CSVTable: Sendable {
    let header: [String]
    let rows: [[String: String]]

    init(parsing text: String, name: String) throws(StoreError) {
        var records = Self.records(text)
        guard !records.isEmpty else { throw StoreError(.referenceData, "\(name) is empty") }
        let header = records.removeFirst()
        var rows: [[String: String]] = []
        for (index, record) in records.enumerated() where record != [""] {
            guard record.count == header.count else {
                throw StoreError(
                    .referenceData, "\(name) line \(index + 2) has \(record.count) fields, expected \(header.count)")
            }
            rows.append(Dictionary(uniqueKeysWithValues: zip(header, record)))
        }
        self.header = header
        self.rows = rows
    }

    private static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",": record.append(field); field = ""
            case "\r": continue
            case "\n": record.append(field); records.append(record); record = []; field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
