import ChannelKit
import Foundation

/// Maps an RSS 2.0 (or RSS 1.0 / RDF) tree to a `Feed`.
enum RSSMapper {
    /// RSS 2.0 elements are unqualified; RSS 1.0 and 0.90 put them in a namespace.
    static let core: Set<String> = [XMLNamespace.none, XMLNamespace.rss10, XMLNamespace.rss090]
    static let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "gif", "webp"]

    static func accepts(_ root: XMLNode) -> Bool {
        root.is("rss", in: [XMLNamespace.none]) || root.is("RDF", in: [XMLNamespace.rdf])
    }

    static func feed(_ root: XMLNode) -> Feed {
        let channel = root.child("channel", in: core)
        // RSS 2.0 nests items in <channel>; RSS 1.0 makes them siblings of it.
        let items = (channel?.children("item", in: core) ?? []) + root.children("item", in: core)
        let base = FeedText.httpURL(channel?.value("link", in: core), base: nil).flatMap { URL(string: $0) }
        let ttl = channel?.value("ttl", in: core).flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        return Feed(
            kind: .rss,
            title: FeedText.line(channel?.value("title", in: core), max: FeedText.maxTitle),
            ttlMinutes: ttl,
            entries: items.compactMap { entry($0, base: base) }
        )
    }

    static func entry(_ item: XMLNode, base: URL?) -> FeedEntry? {
        let title = FeedText.line(item.value("title", in: core), max: FeedText.maxTitle) ?? ""
        let guid = item.child("guid", in: core)
        let guidText = guid.flatMap { FeedText.nonEmpty($0.text) }
        // A guid is a permalink unless it says isPermaLink="false".
        let guidIsLink = guid?.attributes["isPermaLink"]?.lowercased() != "false"
        let link =
            FeedText.httpURL(item.value("link", in: core), base: base)
            ?? (guidIsLink ? FeedText.httpURL(guidText, base: base) : nil)
        let pubDate = item.value("pubDate", in: core)
        let dcDate = item.value("date", in: [XMLNamespace.dublinCore])
        let published = pubDate.flatMap(FeedDates.rfc822) ?? dcDate.flatMap(FeedDates.rfc3339)
        let html =
            item.value("encoded", in: [XMLNamespace.content]) ?? item.value("description", in: core) ?? ""
        let text = String(HTMLText.plainText(html).prefix(FeedText.maxText))
        let id = FeedText.id(guidText, link, title: title, rawDate: pubDate ?? dcDate, text: text)
        guard !id.isEmpty else { return nil }
        return FeedEntry(
            id: id,
            title: title,
            link: link,
            author: author(item),
            published: published,
            text: text,
            categories: FeedText.categories(
                item.children("category", in: core).map(\.text)
                    + item.children("subject", in: [XMLNamespace.dublinCore]).map(\.text)
            ),
            enclosureImages: FeedText.unique(images(item, base: base), max: FeedText.maxImages),
            location: FeedText.location(in: item)
        )
    }

    /// RSS `author` is an e-mail address, often `"mail@example.org (Name)"`:
    /// the name in parentheses is what a person would recognise.
    static func author(_ item: XMLNode) -> String? {
        if let author = item.value("author", in: core) {
            if let open = author.firstIndex(of: "("), let close = author.lastIndex(of: ")"), open < close,
                let name = FeedText.line(String(author[author.index(after: open)..<close]), max: FeedText.maxAuthor)
            {
                return name
            }
            return FeedText.line(author, max: FeedText.maxAuthor)
        }
        return FeedText.line(item.value("creator", in: [XMLNamespace.dublinCore]), max: FeedText.maxAuthor)
    }

    static func images(_ item: XMLNode, base: URL?) -> [String?] {
        let enclosures = item.children("enclosure", in: core).map { enclosure -> String? in
            let url = FeedText.httpURL(enclosure.attributes["url"], base: base)
            let type = enclosure.attributes["type"]
            // Untyped enclosures are common; fall back to the file extension.
            let isImage =
                type == nil
                ? url.flatMap { URL(string: $0) }.map { imageExtensions.contains($0.pathExtension.lowercased()) }
                    ?? false
                : FeedText.isImageType(type)
            return isImage ? url : nil
        }
        return enclosures + FeedText.mediaImages(in: item, base: base)
    }
}
