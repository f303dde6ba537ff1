import Foundation

/// The form stored in `reports.category_basis` and read back for officers.
extension Classification {
    public var json: String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = .sortedKeys
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Nil for text that is not a stored classification (a report from before issue 18 has none).
    public init?(json: String) {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        guard let decoded = try? decoder.decode(Classification.self, from: Data(json.utf8)) else { return nil }
        self = decoded
    }
}
