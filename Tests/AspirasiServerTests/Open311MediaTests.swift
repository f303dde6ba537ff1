import AspirasiCore
import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import ChannelKit
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite struct Open311MediaTests {
    func mediaURL(_ hub: LiveHub, _ number: String) async throws -> String? {
        let response = try await hub.http.execute(uri: "/open311/v2/requests/\(number).json", method: .get)
        let requests = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]]
        return requests?.first?["media_url"] as? String
    }

    func status(_ hub: LiveHub, _ uri: String) async throws -> HTTPResponse.Status {
        try await hub.http.execute(uri: uri, method: .get).status
    }

    /// `media_url` is the hub's own copy once fetched, never the provider's URL and its token; the
    /// copy is served only for a public post that is not confidential, and only under its key.
    @Test func mediaURLIsTheHubsOwnCopy() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey("aplikasi-warga")
            let provider = FormFields.encode("https://cdn.provider.example/p/1.jpg?token=RAHASIA")
            let form =
                "api_key=\(key)&service_code=sampah&lat=-6.1754&long=106.8272&description=Sampah&media_url=\(provider)"
            let posted = try await hub.http.execute(
                uri: "/open311/v2/requests.json", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: form))
            let answer = try JSONSerialization.jsonObject(with: Data(buffer: posted.body)) as? [[String: Any]]
            let number = try #require(answer?.first?["service_request_id"] as? String)
            #expect(try await mediaURL(hub, number) == nil, "nothing to show before the photo is fetched")

            let photoID = try await hub.count("SELECT id FROM report_photos WHERE original_url LIKE '%/p/1.jpg%'")
            try await PhotoFetchStore(hub.database).store(photoID, type: .jpeg, bytes: ByteBuffer(bytes: tinyJPEG))
            let url = try #require(try await mediaURL(hub, number))
            #expect(url.hasPrefix("http://") && !url.contains("provider.example") && !url.contains("RAHASIA"))
            let path = String(url[try #require(url.range(of: "/open311/v2/media/")).lowerBound...])
            let photo = try await hub.http.execute(uri: path, method: .get)
            #expect(photo.status == .ok)
            #expect(photo.headers[.contentType] == "image/jpeg")
            #expect(Array(photo.body.readableBytesView) == tinyJPEG)
            #expect(photo.headers[.cacheControl]?.hasPrefix("public") == true)
            #expect(photo.headers[.xContentTypeOptions] == "nosniff")
            let tag = try #require(photo.headers[.eTag])
            let again = try await hub.http.execute(uri: path, method: .get, headers: [.ifNoneMatch: tag])
            #expect(again.status == .notModified)
            let xml = try await hub.http.execute(uri: "/open311/v2/requests/\(number).xml", method: .get)
            #expect(String(buffer: xml.body).contains(path + "</media_url>"))

            // Keys cannot be guessed: the right id with another digest, a bare id and nonsense are all 404.
            let otherDigest = String(path.dropLast()) + (path.last == "0" ? "1" : "0")
            for uri in [otherDigest, "/open311/v2/media/\(photoID)", "/open311/v2/media/abc", "/open311/v2/media/"] {
                #expect(try await status(hub, uri) == .notFound, "\(uri)")
            }

            // A private channel's photo is never published, even once fetched.
            let partner = try await hub.submit(
                message(
                    "foto-mitra", ["text": "Saluran got tersumbat", "photos": ["https://cdn.provider.example/p/2.jpg"]]),
                key: try await hub.partnerKey("mitra"))
            let privateID = try await hub.count("SELECT id FROM report_photos WHERE original_url LIKE '%/p/2.jpg'")
            try await PhotoFetchStore(hub.database).store(privateID, type: .jpeg, bytes: ByteBuffer(bytes: tinyJPEG))
            #expect(try await mediaURL(hub, partner.tracking_number) == nil)
            let privateKey = try #require(
                try await hub.text(
                    "SELECT id || '-' || left(encode(sha256, 'hex'), 32) FROM report_photos WHERE id = \(privateID)"))
            #expect(try await status(hub, "/open311/v2/media/\(privateKey)") == .notFound)

            // A report kept unpublished is no longer served.
            try await hub.database.query("UPDATE reports SET confidential = true WHERE tracking_number = \(number)")
            #expect(try await status(hub, path) == .notFound)
        }
    }

    /// Control characters and the non-characters U+FFFE/U+FFFF are left out of the XML, so one report
    /// holding them cannot make `requests.xml` unreadable for every client; tab, CR and LF stay.
    @Test func xmlStaysWellFormedWhateverTheTextHolds() async throws {
        try await withLiveHub { hub in
            let text = "Sampah\u{0001} menumpuk\u{0008}\u{001B} di\u{FFFE} pasar\u{FFFF}\tlama\r\nsekali"
            let message = InboundMessage(
                channel: .app, externalID: "kontrol-1", author: .init(handle: "device-1"), text: text,
                location: try ReferencePoints.monas(), category: "sampah", publicPost: true)
            let number = try await IntakeQueue(client: hub.database, logger: .quiet).submit(message).trackingNumber
            for uri in ["/open311/v2/requests.xml", "/open311/v2/requests/\(number).xml"] {
                let response = try await hub.http.execute(uri: uri, method: .get)
                #expect(response.status == .ok)
                let texts = try #require(XMLTexts.parse(String(buffer: response.body)), "\(uri) must be well-formed")
                #expect(texts["description"] == ["Sampah menumpuk di pasar\tlama\r\nsekali"])
                #expect(texts["service_request_id"] == [number])
            }
            let json = try await hub.http.execute(uri: "/open311/v2/requests.json", method: .get)
            let requests = try JSONSerialization.jsonObject(with: Data(buffer: json.body)) as? [[String: Any]]
            #expect((requests?.first?["description"] as? String)?.hasPrefix("Sampah") == true)
        }
    }
}
