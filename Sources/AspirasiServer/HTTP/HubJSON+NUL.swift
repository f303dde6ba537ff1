import AspirasiCore
import Foundation
import Hummingbird

extension HubJSON {
    /// Refuses a body with U+0000 in any string (a `\u0000` escape), naming the field: PostgreSQL's
    /// text cannot hold it, and one would otherwise fail deep in a statement as a 503.
    static func refuseNUL(in body: Data) throws(APIError) {
        guard let field = fieldHoldingNUL(in: body) else { return }
        throw APIError(
            .badRequest, code: "invalid_field",
            message: "the field \(field) holds a NUL character (U+0000), which text may not contain",
            parameter: field)
    }

    /// The path (`note`, `photos[2]`, `author.name`) of the first string, or key, holding U+0000; nil
    /// when there is none or the body is not JSON (decoding then says so).
    static func fieldHoldingNUL(in body: Data) -> String? {
        // Parsed a second time only when an escape that may be U+0000 is there at all.
        guard mayHoldNUL(body), let value = try? JSONSerialization.jsonObject(with: body, options: .fragmentsAllowed)
        else { return nil }
        return path(toNULIn: value, at: "")
    }

    private static func mayHoldNUL(_ body: Data) -> Bool {
        body.contains(0) || body.range(of: Data(#"\u0000"#.utf8)) != nil
    }

    private static func path(toNULIn value: Any, at path: String) -> String? {
        switch value {
        case let text as String:
            return text.containsNUL ? (path.isEmpty ? "(body)" : path) : nil
        case let array as [Any]:
            for (index, element) in array.enumerated() {
                if let found = Self.path(toNULIn: element, at: "\(path)[\(index)]") { return found }
            }
            return nil
        case let object as [String: Any]:
            for key in object.keys.sorted() {
                let child = path.isEmpty ? key.withoutNULs : "\(path).\(key.withoutNULs)"
                if key.containsNUL { return child }
                if let value = object[key], let found = Self.path(toNULIn: value, at: child) { return found }
            }
            return nil
        default:
            return nil
        }
    }
}
