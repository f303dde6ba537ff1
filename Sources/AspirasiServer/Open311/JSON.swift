import Foundation

/// A JSON value written with keys in a fixed order, so that Open311's JSON and
/// XML carry the same fields in the same order and null stays explicit.
indirect enum JSON {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSON])
    case object([(String, JSON)])

    static func optional(_ value: String?) -> JSON { value.map(JSON.string) ?? .null }

    var text: String {
        var out = ""
        write(to: &out)
        return out
    }

    /// Appends the value to `out`: one string grows, rather than one per value joined (answers are written for
    /// every request; `locate` spent 9% of its CPU here).
    func write(to out: inout String) {
        switch self {
        case .string(let value): Self.writeQuoted(value, to: &out)
        case .number(let value):
            out += value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let values):
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                value.write(to: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { out += "," }
                Self.writeQuoted(key, to: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    static func quoted(_ value: String) -> String {
        var out = ""
        writeQuoted(value, to: &out)
        return out
    }

    static func writeQuoted(_ value: String, to out: inout String) {
        out += "\""
        // Most values need no escape: copied whole.
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) else {
            out += value
            out += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
