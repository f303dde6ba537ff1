import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Builds an `XMLNode` tree with XMLParser, refusing anything DTD-shaped.
///
/// This is the second line of defence behind `XMLSafetyGuard`: external
/// entities are off and every DTD callback aborts the parse. On Linux only
/// element, attribute, notation and unparsed-entity declarations reach the
/// delegate (entity declarations do not), and libxml2 runs in recover mode, so
/// the first reported error aborts the parse instead of silently repairing it.
final class XMLTreeReader: NSObject, XMLParserDelegate {
    struct Limits: Sendable {
        var maxDepth = 64
        var maxElements = 100_000
        /// Item / entry elements kept; later ones are skipped, not an error,
        /// because feeds list newest first and the rest will be polled later.
        var maxEntries = 500
    }

    static func read(_ data: Data, limits: Limits = Limits()) throws(FeedError) -> XMLNode {
        let reader = XMLTreeReader(limits: limits)
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.delegate = reader
        let succeeded = withExtendedLifetime(reader) { parser.parse() }
        if let failure = reader.failure { throw failure }
        if !succeeded {
            let code = (parser.parserError as? NSError)?.code ?? 0
            throw .malformed("XML error \(code)")
        }
        guard let root = reader.root else { throw .malformed("the document has no root element") }
        return root
    }

    /// libxml2 warnings and namespace errors: recovery gives a usable tree, and
    /// sloppy feeds (an undeclared `media:` prefix) are common enough to allow.
    static let toleratedCodes = Set([93, 97, 98, 99, 100, 102, 106]).union(200..<300)

    /// A few libxml2 error codes (xmlParserErrors) worth naming in the message.
    static let descriptions: [Int: String] = [
        4: "the document is empty or not XML",
        5: "extra content after the root element",
        9: "invalid character",
        26: "undeclared entity",
        76: "closing tag does not match the opening tag",
        77: "unfinished tag",
    ]

    private let limits: Limits
    private var stack: [XMLNode] = []
    private var elementCount = 0
    private var entryCount = 0
    /// Depth inside a skipped subtree; 0 when not skipping.
    private var skipping = 0
    private(set) var root: XMLNode?
    private(set) var failure: FeedError?

    init(limits: Limits) {
        self.limits = limits
    }

    private func fail(_ parser: XMLParser, _ error: FeedError) {
        if failure == nil { failure = error }
        parser.abortParsing()
    }

    private func position(_ parser: XMLParser) -> String {
        "line \(parser.lineNumber), column \(parser.columnNumber)"
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String]
    ) {
        guard failure == nil else { return }
        if skipping > 0 {
            skipping += 1
            return
        }
        elementCount += 1
        guard elementCount <= limits.maxElements else { return fail(parser, .tooLarge) }
        guard stack.count < limits.maxDepth else {
            return fail(parser, .malformed("elements nested deeper than \(limits.maxDepth) at \(position(parser))"))
        }
        if stack.count <= 2, elementName == "item" || elementName == "entry" {
            entryCount += 1
            if entryCount > limits.maxEntries {
                skipping = 1
                return
            }
        }
        var namespace = namespaceURI ?? ""
        if namespace.isEmpty, let qName, let colon = qName.firstIndex(of: ":") {
            namespace = XMLNamespace.conventionalPrefixes[String(qName[..<colon])] ?? ""
        }
        stack.append(XMLNode(namespace: namespace, name: elementName, attributes: attributeDict))
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        guard failure == nil else { return }
        if skipping > 0 {
            skipping -= 1
            return
        }
        guard let node = stack.popLast() else { return }
        if stack.isEmpty {
            root = node
        } else {
            stack[stack.count - 1].contents.append(.element(node))
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil, skipping == 0, !stack.isEmpty else { return }
        stack[stack.count - 1].append(text: string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard failure == nil, skipping == 0, !stack.isEmpty else { return }
        stack[stack.count - 1].append(text: String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        let code = (parseError as NSError).code
        guard !Self.toleratedCodes.contains(code) else { return }
        if code == 89 {  // XML_ERR_ENTITY_LOOP: only reachable through a DTD.
            return fail(parser, .doctypeNotAllowed)
        }
        let what = Self.descriptions[code] ?? "XML error \(code)"
        fail(parser, .malformed("\(what) at \(position(parser))"))
    }

    // MARK: DTD callbacks: any of them means a DTD got past the byte scan.

    func parser(_ parser: XMLParser, foundElementDeclarationWithName elementName: String, model: String) {
        fail(parser, .doctypeNotAllowed)
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        fail(parser, .doctypeNotAllowed)
    }

    func parser(
        _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?,
        systemID: String?
    ) {
        fail(parser, .doctypeNotAllowed)
    }

    func parser(
        _ parser: XMLParser, foundAttributeDeclarationWithName attributeName: String, forElement elementName: String,
        type: String?, defaultValue: String?
    ) {
        fail(parser, .doctypeNotAllowed)
    }

    func parser(
        _ parser: XMLParser, foundNotationDeclarationWithName name: String, publicID: String?, systemID: String?
    ) {
        fail(parser, .doctypeNotAllowed)
    }

    func parser(
        _ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?,
        systemID: String?, notationName: String?
    ) {
        fail(parser, .doctypeNotAllowed)
    }

    /// Called on Linux for any entity libxml2 cannot find (e.g. `&nbsp;` with no
    /// DTD). Never resolve: answering would inject data into the document.
    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        fail(parser, systemID == nil ? .malformed("undeclared entity at \(position(parser))") : .doctypeNotAllowed)
        return nil
    }
}
