/// U+0000 is valid Unicode, and JSON (`\u0000`) and forms (`%00`) can carry
/// it, but PostgreSQL's text types cannot hold it: a statement binding it
/// fails. What a client sends with one is refused (400 naming the field);
/// a provider's message has it removed, so a citizen's words are not lost to it.
extension StringProtocol {
    public var containsNUL: Bool { utf8.contains(0) }
}

extension String {
    /// The text with every U+0000 removed.
    public var withoutNULs: String {
        guard containsNUL else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "\0" }))
    }
}
