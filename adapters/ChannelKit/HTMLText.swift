/// Turns feed and forum HTML into plain text for a citizen report: readable
/// line structure, no markup, no script. A small scanner rather than an HTML
/// parser, because the output is a preview, the input is hostile, and every
/// loop here is bounded by `maxInputScalars` / `maxTagLength`.
public enum HTMLText {
    /// Longer input is cut before scanning, so cost stays bounded.
    public static let maxInputScalars = 500_000
    public static let maxOutputScalars = 100_000
    /// How far a tag may extend: a `<` with no `>` this close is text.
    static let maxTagLength = 1_024

    /// Content dropped with the element: never text a person wrote.
    static let droppedElements: Set<String> = ["script", "style", "head", "noscript", "template", "iframe", "svg"]
    static let paragraphElements: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6"]
    static let lineElements: Set<String> = [
        "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "blockquote", "pre", "hr", "section", "article",
        "header", "footer", "aside", "nav", "main", "figure", "figcaption", "address", "form", "fieldset",
    ]

    public static func plainText(_ html: String) -> String {
        var scanner = HTMLScanner(html, limit: maxInputScalars)
        var writer = PlainTextWriter(limit: maxOutputScalars)
        while let scalar = scanner.current, !writer.isFull {
            switch scalar {
            case "<": markup(&scanner, into: &writer)
            case "&": entity(&scanner, into: &writer)
            default:
                writer.text(scalar)
                scanner.index += 1
            }
        }
        return writer.finish()
    }

    /// Handles the markup starting at `<` and moves the scanner past it.
    static func markup(_ scanner: inout HTMLScanner, into writer: inout PlainTextWriter) {
        let start = scanner.index
        if scanner.starts(with: HTMLScanner.commentOpen) {
            // An unterminated comment swallows the rest, as in a browser.
            scanner.index = scanner.find(HTMLScanner.commentClose, from: start + 4).map { $0 + 3 } ?? scanner.count
            return
        }
        if scanner.starts(with: HTMLScanner.cdataOpen) {
            let end = scanner.find(HTMLScanner.cdataClose, from: start + 9) ?? scanner.count
            for scalar in scanner.input[(start + 9)..<end] { writer.text(scalar) }
            scanner.index = min(end + 3, scanner.count)
            return
        }
        let next = start + 1
        let closing = next < scanner.count && scanner.input[next] == "/"
        let nameStart = closing ? next + 1 : next
        let isDeclaration =
            !closing && next < scanner.count && (scanner.input[next] == "!" || scanner.input[next] == "?")
        guard isDeclaration || (nameStart < scanner.count && scanner.isLetter(at: nameStart)),
            let end = scanner.tagEnd(from: nameStart)
        else {
            // "a < b", "<3" or a tag that never closes: it was text after all.
            writer.text("<")
            scanner.index = next
            return
        }
        scanner.index = end + 1
        if isDeclaration { return }
        let name = scanner.lowercasedName(from: nameStart, before: end)
        let selfClosing = scanner.input[end - 1] == "/"
        if !closing, !selfClosing, droppedElements.contains(name) {
            scanner.skipElement(named: name)
        } else {
            element(name, closing: closing, into: &writer)
        }
    }

    static func element(_ name: String, closing: Bool, into writer: inout PlainTextWriter) {
        if name == "br" {
            writer.hardBreak()
        } else if paragraphElements.contains(name) {
            writer.breakLine(blank: true)
        } else if name == "li" && !closing {
            writer.breakLine(blank: false)
            writer.text("-")
            writer.text(" ")
        } else if lineElements.contains(name) {
            writer.breakLine(blank: false)
        } else if name == "td" || name == "th" {
            writer.text(" ")
        }
    }

    /// Decodes the reference at `&`, or writes a literal `&` when it is not one.
    static func entity(_ scanner: inout HTMLScanner, into writer: inout PlainTextWriter) {
        let start = scanner.index
        var end = start + 1
        while end < scanner.count, end - start <= 32,
            scanner.isLetter(at: end) || scanner.isDigit(at: end) || (end == start + 1 && scanner.input[end] == "#")
        {
            end += 1
        }
        let body = String(String.UnicodeScalarView(scanner.input[(start + 1)..<end]))
        let terminated = end < scanner.count && scanner.input[end] == ";"
        let resume = terminated ? end + 1 : end
        if body.hasPrefix("#") {
            // Numeric references are accepted without ";" as HTML does.
            if let code = numericCode(body.dropFirst()) {
                writer.text(HTMLEntities.scalar(forCode: code))
                scanner.index = resume
                return
            }
        } else if terminated, let scalar = HTMLEntities.named[body] {
            // A no-break space is still a space to the reader; collapse it.
            writer.text(scalar == "\u{A0}" ? " " : scalar)
            scanner.index = resume
            return
        }
        writer.text("&")
        scanner.index = start + 1
    }

    /// `233` or `xE9`; nil for anything else. Values past U+10FFFF saturate so
    /// they become U+FFFD instead of overflowing.
    static func numericCode(_ digits: Substring) -> UInt32? {
        let hex = digits.first == "x" || digits.first == "X"
        let body = hex ? digits.dropFirst() : digits
        guard !body.isEmpty else { return nil }
        var value: UInt32 = 0
        for character in body {
            guard let digit = character.hexDigitValue, hex || digit < 10 else { return nil }
            value = min(value * (hex ? 16 : 10) + UInt32(digit), 0x11_0000)
        }
        return value
    }
}
