import AsyncHTTPClient
import ChannelKit
import Foundation
import NIOCore
import NIOHTTP1

/// Photos citizens send on WhatsApp arrive as media ids (`whatsapp-media:<id>`). The Cloud API gives
/// the file in two steps, both with the bearer token (developers.facebook.com/docs/whatsapp/cloud-api/
/// reference/media, "Retrieve Media URL" and "Download Media"): `GET {graph}/{media-id}` answers
/// `{"url","mime_type","sha256","file_size","id"}`, and `GET url` the bytes; the URL lasts five minutes,
/// so it is asked for anew on every attempt. The download goes through the wrapped fetcher's checks
/// (public addresses, size, image bytes) with the token sent to that URL's host only. Other photos pass on.
struct WhatsAppMediaPhotos: PhotoFetching {
    let settings: WhatsAppSettings
    let client: HTTPClient
    let wrapped: any PhotoFetching

    func fetch(_ url: String) async throws(FetchFailure) -> FetchedPhoto {
        guard url.hasPrefix(WhatsAppWebhook.mediaScheme) else { return try await wrapped.fetch(url) }
        let id = String(url.dropFirst(WhatsAppWebhook.mediaScheme.count))
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw .refused("not a WhatsApp media id")
        }
        return try await wrapped.fetch(try await mediaURL(id), bearerToken: settings.accessToken)
    }

    func fetch(_ url: String, bearerToken: String) async throws(FetchFailure) -> FetchedPhoto {
        try await wrapped.fetch(url, bearerToken: bearerToken)
    }

    /// Where the media lies now.
    func mediaURL(_ id: String) async throws(FetchFailure) -> String {
        var request = HTTPClientRequest(url: "\(settings.graphBase)/\(id)")
        request.headers.add(name: "Authorization", value: "Bearer \(settings.accessToken)")
        let answer: ProviderAnswer
        do {
            answer = try await ProviderHTTP.send(
                request, client: client, timeout: .seconds(15), maximumAnswer: 64 * 1024)
        } catch {
            throw .transient("the Graph API did not answer for the media")
        }
        switch answer.status {
        case 200..<300:
            guard let url = answer.json?["url"] as? String else { throw .refused("no url for the WhatsApp media") }
            return url
        case 400, 404:
            // Meta keeps received media for a limited time; a gone id does not come back.
            throw .refused("WhatsApp no longer has this media (\(answer.status))")
        default:
            throw .transient("the Graph API answered \(answer.status) for the media")
        }
    }
}
