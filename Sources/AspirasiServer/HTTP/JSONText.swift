/// JSON written by hand for the hottest small answers (`GET /api/v1/locate`), where
/// `JSONEncoder` took a sixth of the hub's CPU time under wrk (perf, issue 17).
enum JSONText {
    /// `text` as a JSON string literal, quotes included; escapes what `JSONEncoder` escapes.
    static func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "/": out += "\\/"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }

    /// A finite number as `JSONEncoder` writes it (Swift's shortest round-trip form, without a
    /// whole number's ".0"); null otherwise.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
