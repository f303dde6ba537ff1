/// A piece of HTML. Interpolated `String`s are escaped; interpolated `HTML`
/// is inserted as it is. So text from a citizen, an officer or the database
/// can only become markup by passing through a function that builds it on
/// purpose, and a forgotten escape is a type error rather than a hole.
public struct HTML: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var rendered: String

    public init(stringLiteral literal: String) {
        rendered = literal
    }

    public init(stringInterpolation: Interpolation) {
        rendered = stringInterpolation.output
    }

    /// Markup written by the console itself (a stylesheet, SVG numbers): never text from outside.
    public static func trusted(_ markup: String) -> HTML {
        var html: HTML = ""
        html.rendered = markup
        return html
    }

    public static let empty: HTML = ""

    public var description: String { rendered }

    /// The concatenation of `parts`.
    public static func joined(_ parts: [HTML]) -> HTML {
        trusted(parts.map(\.rendered).joined())
    }

    public static func + (left: HTML, right: HTML) -> HTML {
        trusted(left.rendered + right.rendered)
    }

    /// Text made safe for element content and for double- or single-quoted attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Control characters other than tab and newlines have no place in a page.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": continue
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    public struct Interpolation: StringInterpolationProtocol {
        var output = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            output.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) {
            output += literal
        }

        public mutating func appendInterpolation(_ text: String) {
            output += HTML.escape(text)
        }

        public mutating func appendInterpolation(_ text: Substring) {
            output += HTML.escape(String(text))
        }

        public mutating func appendInterpolation(_ html: HTML) {
            output += html.rendered
        }

        public mutating func appendInterpolation(_ parts: [HTML]) {
            for part in parts { output += part.rendered }
        }

        public mutating func appendInterpolation(_ number: Int) {
            output += String(number)
        }
    }
}

extension Array where Element == HTML {
    public func joined() -> HTML { HTML.joined(self) }
}
