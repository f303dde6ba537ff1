import ChannelKit
import Foundation

/// Maps an Atom 1.0 tree (0.3 is close enough to come along) to a `Feed`.
enum AtomMapper {
    static let atom: Set<String> = [XMLNamespace.atom, XMLNamespace.atom03, XMLNamespace.none]

    static func accepts(_ root: XMLNode) -> Bool {
        root.is("feed", in: atom)
    }

    static func feed(_ root: XMLNode) -> Feed {
        let base = link(in: root, base: nil).flatMap { URL(string: $0) }
        let feedAuthor = authorName(in: root)
        return Feed(
            kind: .atom,
            title: FeedText.line(text(root.child("title", in: atom)), max: FeedText.maxTitle),
            ttlMinutes: nil,
            entries: root.children("entry", in: atom).compactMap { entry($0, base: base, feedAuthor: feedAuthor) }
        )
    }

    static func entry(_ node: XMLNode, base: URL?, feedAuthor: String?) -> FeedEntry? {
        let title = FeedText.line(text(node.child("title", in: atom)), max: FeedText.maxTitle) ?? ""
        let entryLink = link(in: node, base: base)
        let rawDate = ["published", "updated", "issued", "modified"].lazy
            .compactMap { node.value($0, in: atom) }.first
        let body = text(node.child("content", in: atom)) ?? text(node.child("summary", in: atom)) ?? ""
        let plain = String(body.prefix(FeedText.maxText))
        let id = FeedText.id(node.value("id", in: atom), entryLink, title: title, rawDate: rawDate, text: plain)
        guard !id.isEmpty else { return nil }
        let source = node.child("source", in: atom)
        let enclosures = node.children("link", in: atom).map { link -> String? in
            guard link.attributes["rel"] == "enclosure", FeedText.isImageType(link.attributes["type"]) else {
                return nil
            }
            return FeedText.httpURL(link.attributes["href"], base: base)
        }
        return FeedEntry(
            id: id,
            title: title,
            link: entryLink,
            author: authorName(in: node) ?? source.flatMap { authorName(in: $0) } ?? feedAuthor,
            published: rawDate.flatMap(FeedDates.rfc3339),
            text: plain,
            categories: FeedText.categories(
                node.children("category", in: atom).map { $0.attributes["term"] ?? $0.attributes["label"] }
            ),
            enclosureImages: FeedText.unique(
                enclosures + FeedText.mediaImages(in: node, base: base), max: FeedText.maxImages),
            location: FeedText.location(in: node)
        )
    }

    /// The `rel="alternate"` link (rel defaults to alternate), else the first href.
    static func link(in node: XMLNode, base: URL?) -> String? {
        let links = node.children("link", in: atom)
        let alternate =
            links.first { ($0.attributes["rel"] ?? "alternate") == "alternate" }
            ?? links.first { $0.attributes["href"] != nil }
        return FeedText.httpURL(alternate?.attributes["href"], base: base)
    }

    static func authorName(in node: XMLNode) -> String? {
        let name = node.child("author", in: atom)?.value("name", in: atom)
        return FeedText.line(name, max: FeedText.maxAuthor)
    }

    /// An Atom text construct as plain text. `src` (out-of-line content) and
    /// non-text media types (base64 payloads) yield nil so summary can stand in.
    static func text(_ node: XMLNode?) -> String? {
        guard let node, node.attributes["src"] == nil else { return nil }
        let type = (node.attributes["type"] ?? "text").lowercased()
        let text: String
        switch type {
        case "html", "text/html":
            text = HTMLText.plainText(node.text)
        case "xhtml", "application/xhtml+xml":
            text = HTMLText.plainText(node.innerHTML)
        case "text", "text/plain":
            text = node.deepText
        default:
            guard type.hasPrefix("text/") else { return nil }
            text = node.deepText
        }
        return FeedText.nonEmpty(text)
    }
}
