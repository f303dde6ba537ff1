import Foundation

/// Field clean-up shared by the RSS and Atom mappers: whitespace, length
/// bounds, URL checks and the id fallback, so both formats give the poller
/// entries of the same shape.
enum FeedText {
    static let maxTitle = 500
    static let maxText = 20_000
    static let maxAuthor = 200
    static let maxID = 2_048
    static let maxURL = 2_048
    static let maxCategories = 30
    static let maxCategory = 100
    static let maxImages = 20

    static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
            return nil
        }
        return trimmed
    }

    /// One line: whitespace runs become a single space, then bounded.
    static func line(_ text: String?, max: Int) -> String? {
        guard let text else { return nil }
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return collapsed.isEmpty ? nil : String(collapsed.prefix(max))
    }

    /// An absolute http(s) URL, resolving a relative one against `base`.
    /// Other schemes (javascript:, file:, data:) are dropped: these links end
    /// up in the admin UI and the image fetcher.
    static func httpURL(_ text: String?, base: URL?) -> String? {
        guard let text = nonEmpty(text), text.utf8.count <= maxURL,
            let url = URL(string: text, relativeTo: base)?.absoluteURL,
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else { return nil }
        return url.absoluteString
    }

    static func categories(_ names: [String?]) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for name in names {
            guard result.count < maxCategories, let name = line(name, max: maxCategory), seen.insert(name).inserted
            else { continue }
            result.append(name)
        }
        return result
    }

    static func unique(_ urls: [String?], max: Int) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for case let url? in urls where result.count < max && seen.insert(url).inserted {
            result.append(url)
        }
        return result
    }

    /// See `FeedEntry.id`: `"title|date as written"`, or the text's start when
    /// both are missing.
    static func fallbackID(title: String, rawDate: String?, text: String) -> String {
        let date = nonEmpty(rawDate) ?? ""
        if title.isEmpty && date.isEmpty { return String(text.prefix(200)) }
        return String("\(title)|\(date)".prefix(maxID))
    }

    static func id(_ candidates: String?..., title: String, rawDate: String?, text: String) -> String {
        for case let candidate? in candidates {
            if let id = nonEmpty(candidate) { return String(id.prefix(maxID)) }
        }
        return fallbackID(title: title, rawDate: rawDate, text: text)
    }

    /// `georss:point`, or W3C Basic Geo `geo:lat` + `geo:long` (directly or in `geo:Point`).
    static func location(in node: XMLNode) -> FeedLocation? {
        if let point = node.value("point", in: [XMLNamespace.georss]) {
            return FeedLocation(georssPoint: point)
        }
        let holder = node.child("Point", in: [XMLNamespace.geo]) ?? node
        guard let lat = holder.value("lat", in: [XMLNamespace.geo]).flatMap(Double.init),
            let long = holder.value("long", in: [XMLNamespace.geo]).flatMap(Double.init)
        else { return nil }
        return FeedLocation(latitude: lat, longitude: long)
    }

    /// Image URLs from Media RSS, shared by both formats: `media:content` whose
    /// medium is image or type is image/*, and every `media:thumbnail`.
    static func mediaImages(in node: XMLNode, base: URL?) -> [String?] {
        let media: Set<String> = [XMLNamespace.media]
        let holders = [node] + node.children("group", in: media)
        return holders.flatMap { holder in
            holder.elements.compactMap { element -> String? in
                guard element.namespace == XMLNamespace.media else { return nil }
                switch element.name {
                case "thumbnail":
                    return httpURL(element.attributes["url"], base: base)
                case "content"
                where element.attributes["medium"]?.lowercased() == "image"
                    || isImageType(element.attributes["type"]):
                    return httpURL(element.attributes["url"], base: base)
                default:
                    return nil
                }
            }
        }
    }

    static func isImageType(_ type: String?) -> Bool {
        type?.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("image/") ?? false
    }
}
