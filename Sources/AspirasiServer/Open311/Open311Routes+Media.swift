import AspirasiStore
import Foundation
import HTTPTypes
import Hummingbird

extension Open311Routes {
    /// `GET media/<key>`: the hub's own copy of a published photo (see `PublicReports.photo(key:)`), so
    /// that `media_url` never hands out a provider's URL and its access token. Anything else is 404.
    func media(_ key: String, _ request: Request) async throws -> Response {
        guard let photo = try await reports.photo(key: key) else {
            return Open311Error.notFound("no such photo").response(.json)
        }
        let tag = "\"\(photo.digest)\""
        var headers: HTTPFields = [
            .contentType: photo.contentType, .eTag: tag, .xContentTypeOptions: "nosniff",
            // Short, so that a report made confidential later stops being served soon.
            .cacheControl: "public, max-age=3600",
        ]
        let asked = request.headers[values: .ifNoneMatch].flatMap { $0.split(separator: ",") }
        if asked.contains(where: { $0.trimmingCharacters(in: .whitespaces) == tag }) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentLength] = String(photo.bytes.readableBytes)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: photo.bytes))
    }

    /// Where clients reach this hub, for the URLs we hand out: the request's host (only if it looks
    /// like one), over https when a proxy in front says so.
    static func base(_ request: Request) -> String {
        let forwarded = HTTPField.Name("X-Forwarded-Proto").flatMap { request.headers[$0] }
        let scheme = forwarded?.lowercased() == "https" ? "https" : "http"
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]")
        let host = request.head.authority.flatMap { $0.isEmpty || !$0.allSatisfy(allowed.contains) ? nil : $0 }
        return "\(scheme)://\(host ?? "localhost")"
    }
}
