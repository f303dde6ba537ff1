/// Why a feed or webhook body was refused. Messages name the problem (and for
/// XML the line and column) but never echo the document, which may be hostile.
public enum FeedError: Error, Sendable, Equatable {
    /// The document has a DOCTYPE / DTD. Feeds never need one, and refusing it
    /// before parsing is what keeps XXE and entity-expansion attacks out.
    case doctypeNotAllowed
    /// The body is over the size limit.
    case tooLarge
    /// Not UTF-8 or a declared ASCII-compatible encoding we accept (UTF-16,
    /// UTF-32, EBCDIC...): those would defeat the byte-level DOCTYPE scan.
    case unsupportedEncoding(String)
    /// Not well-formed XML or JSON; names line and column when known.
    case malformed(String)
    /// A processing instruction with no data at all (`<?name?>`): legal, but it crashes the XML parser
    /// swift-corelibs-foundation ships, so it never reaches it.
    case processingInstructionWithoutData
    /// Well-formed, but the root is neither `<rss>`, `<rdf:RDF>` nor `<feed>`.
    case notAFeed

    public var message: String {
        switch self {
        case .doctypeNotAllowed: "DOCTYPE declarations are not allowed"
        case .tooLarge: "the document is too large"
        case .unsupportedEncoding(let encoding): "unsupported encoding \(encoding)"
        case .malformed(let detail): detail
        case .processingInstructionWithoutData: "a processing instruction without data (<?name?>) is not accepted"
        case .notAFeed: "not an RSS or Atom feed"
        }
    }
}
