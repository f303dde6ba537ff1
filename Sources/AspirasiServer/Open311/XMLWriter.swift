/// Writes the small, fixed-shape XML documents Open311 needs. Every text
/// value is escaped; element names are our own constants.
struct XMLWriter {
    private(set) var text = #"<?xml version="1.0" encoding="utf-8"?>"# + "\n"

    mutating func element(_ name: String, _ content: (inout XMLWriter) -> Void) {
        text += "<\(name)>"
        content(&self)
        text += "</\(name)>"
    }

    /// A leaf element; a nil value is written empty, as Open311 clients expect.
    mutating func leaf(_ name: String, _ value: String?) {
        guard let value else {
            text += "<\(name)/>"
            return
        }
        text += "<\(name)>\(Self.escape(value))</\(name)>"
    }

    static func escape(_ value: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            // A parser would turn a bare CR into a line feed.
            case "\r": escaped += "&#xD;"
            // Characters XML 1.0 cannot carry at all, even escaped, are dropped: one of them would make
            // the whole document unreadable for every client.
            case _ where !isXMLCharacter(scalar): continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// XML 1.0's `Char`: tab, line feed, carriage return and everything from U+0020 except the
    /// non-characters U+FFFE and U+FFFF (a Swift scalar is never a surrogate).
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
