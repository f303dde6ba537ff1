import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads an XML document with Foundation's parser (libxml2), as an Open311 client would: the text of
/// each element by name, or nil when the document is not well-formed.
final class XMLTexts: NSObject, XMLParserDelegate {
    private(set) var texts: [String: [String]] = [:]
    private var current = ""

    static func parse(_ xml: String) -> [String: [String]]? {
        let parser = XMLParser(data: Data(xml.utf8))
        let reader = XMLTexts()
        parser.delegate = reader
        return parser.parse() ? reader.texts : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        texts[elementName, default: []].append(current)
        current = ""
    }
}
