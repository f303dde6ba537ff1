/// A minimal element tree: feeds are small (the parser caps them), and a tree
/// lets the RSS and Atom mappers look fields up in any order instead of
/// tracking SAX state for every field.
struct XMLNode: Sendable, Equatable {
    enum Content: Sendable, Equatable {
        case text(String)
        case element(XMLNode)
    }

    let namespace: String
    let name: String
    let attributes: [String: String]
    var contents: [Content] = []

    var elements: [XMLNode] {
        contents.compactMap {
            if case .element(let node) = $0 { node } else { nil }
        }
    }

    /// The node's own text (CDATA included), not its descendants'.
    var text: String {
        contents.reduce(into: "") {
            if case .text(let text) = $1 { $0 += text }
        }
    }

    /// All descendant text in document order, for elements that nest markup.
    var deepText: String {
        contents.reduce(into: "") {
            switch $1 {
            case .text(let text): $0 += text
            case .element(let node): $0 += node.deepText
            }
        }
    }

    func `is`(_ name: String, in namespaces: Set<String>) -> Bool {
        self.name == name && namespaces.contains(namespace)
    }

    func child(_ name: String, in namespaces: Set<String>) -> XMLNode? {
        elements.first { $0.is(name, in: namespaces) }
    }

    func children(_ name: String, in namespaces: Set<String>) -> [XMLNode] {
        elements.filter { $0.is(name, in: namespaces) }
    }

    /// Trimmed text of the first matching child, nil when absent or blank.
    func value(_ name: String, in namespaces: Set<String>) -> String? {
        child(name, in: namespaces).flatMap { FeedText.nonEmpty($0.text) }
    }

    mutating func append(text: String) {
        if case .text(let previous) = contents.last {
            contents[contents.count - 1] = .text(previous + text)
        } else {
            contents.append(.text(text))
        }
    }

    /// Re-serialises the children as HTML so Atom `type="xhtml"` content can go
    /// through the same HTML-to-text path as escaped HTML.
    var innerHTML: String {
        contents.reduce(into: "") {
            switch $1 {
            case .text(let text): $0 += Self.escape(text)
            case .element(let node): $0 += "<\(node.name)>\(node.innerHTML)</\(node.name)>"
            }
        }
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

/// XML namespaces the mappers recognise.
enum XMLNamespace {
    static let none = ""
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let atom = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let media = "http://search.yahoo.com/mrss/"
    static let georss = "http://www.georss.org/georss"
    static let geo = "http://www.w3.org/2003/01/geo/wgs84_pos#"

    /// Namespaces for sloppy feeds that use a conventional prefix without
    /// declaring it; libxml2 recovers and reports the element unqualified.
    static let conventionalPrefixes: [String: String] = [
        "content": content, "dc": dublinCore, "media": media, "georss": georss, "geo": geo, "atom": atom,
        "rdf": rdf,
    ]
}
