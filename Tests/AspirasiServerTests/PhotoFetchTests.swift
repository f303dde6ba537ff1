import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import ChannelKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// A photo host over real HTTP: a JPEG, an oversized body, a text page, and redirects.
func withPhotoHost<T: Sendable>(_ body: @Sendable (String) async throws -> T) async throws -> T {
    let router = Router()
    router.get("/photo.jpg") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "image/jpeg"], body: .init(byteBuffer: ByteBuffer(bytes: tinyJPEG)))
    }
    router.get("/huge.jpg") { _, _ in
        // No Content-Length: the limit must hold while streaming.
        Response(
            status: .ok, headers: [.contentType: "image/jpeg"],
            body: .init { writer in
                try await writer.write(ByteBuffer(bytes: tinyJPEG))
                for _ in 0..<(9 * 16) { try await writer.write(ByteBuffer(repeating: 0, count: 64 * 1024)) }
                try await writer.finish(nil)
            })
    }
    router.get("/page.jpg") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "image/jpeg"], body: .init(byteBuffer: ByteBuffer(string: "<html>")))
    }
    router.get("/to-metadata") { _, _ in
        Response(status: .found, headers: [.location: "http://169.254.169.254/latest/meta-data/"])
    }
    router.get("/gone") { _, _ in Response(status: .notFound) }
    let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    return try await app.test(.live) { client in
        guard let port = client.port else { throw HubTestError.unexpected("the photo host has no port") }
        return try await body("http://127.0.0.1:\(port)")
    }
}

@Suite struct PhotoFetchTests {
    let loopbackAllowed = SafePhotoFetcher(allowedNetworks: [IPNetwork("127.0.0.1/32")].compactMap { $0 })

    func failure(_ fetcher: SafePhotoFetcher, _ url: String) async -> FetchFailure? {
        do {
            _ = try await fetcher.fetch(url)
            return nil
        } catch {
            return error
        }
    }

    @Test func privateAddressesAreRefusedBeforeAnyRequest() async throws {
        try await withPhotoHost { base in
            let strict = SafePhotoFetcher()
            for url in [
                "\(base)/photo.jpg", "http://localhost/photo.jpg", "http://[::1]/x.jpg", "http://10.0.0.8/x.jpg",
                "http://169.254.169.254/latest/meta-data/",
            ] {
                guard case .refused(let reason) = await failure(strict, url) else {
                    Issue.record("\(url) was not refused")
                    continue
                }
                #expect(reason.contains("private or reserved"))
            }
            for url in [
                "ftp://example.com/x.jpg", "file:///etc/passwd", "http://user:secret@example.com/x.jpg", "not a url",
            ] {
                guard case .refused = await failure(strict, url) else {
                    Issue.record("\(url) was not refused")
                    continue
                }
            }
        }
    }

    @Test func aPhotoIsFetchedAndBadBodiesAreRefused() async throws {
        try await withPhotoHost { base in
            let photo = try await loopbackAllowed.fetch("\(base)/photo.jpg")
            #expect(photo.type == .jpeg)
            #expect(Array(photo.bytes.readableBytesView) == tinyJPEG)
            #expect(await failure(loopbackAllowed, "\(base)/huge.jpg") == .refused("larger than 8388608 bytes"))
            #expect(await failure(loopbackAllowed, "\(base)/page.jpg") == .refused("not a JPEG or PNG image"))
            #expect(await failure(loopbackAllowed, "\(base)/gone") == .refused("HTTP 404"))
            // A redirect is checked like the first URL: the metadata address is never contacted.
            guard case .refused(let reason) = await failure(loopbackAllowed, "\(base)/to-metadata") else {
                Issue.record("the redirect to a private address was followed")
                return
            }
            #expect(reason.contains("private or reserved"))
        }
    }

    /// End to end: a report arrives with a photo URL; the worker stores the bytes, served to officers;
    /// a URL on a private network is refused for good, with the reason kept.
    @Test func channelPhotosAreStoredInTheDatabase() async throws {
        try await withPhotoHost { base in
            try await withLiveHub { hub in
                let number = try await hub.newReport(
                    "photo-1", ["photos": ["\(base)/photo.jpg", "http://10.9.8.7/x.jpg"]])
                // The hub's own worker or this one, whichever claims first: each photo once.
                let worker = PhotoFetchWorker(
                    store: PhotoFetchStore(hub.database), fetcher: loopbackAllowed, logger: .quiet)
                let settled = try await eventually {
                    try await worker.runOnce()
                    return try await hub.count(
                        "SELECT count(*) FROM report_photos WHERE bytes IS NOT NULL OR fetch_gave_up") == 2
                }
                #expect(settled)
                #expect(
                    try await hub.count(
                        "SELECT count(*) FROM report_photos WHERE bytes IS NOT NULL AND content_type = 'image/jpeg'")
                        == 1)
                #expect(
                    try await hub.count(
                        "SELECT count(*) FROM report_photos WHERE fetch_gave_up AND fetch_error LIKE '%private%'") == 1)
                #expect(try await worker.runOnce() == 0)
                let petugas = try await hub.signIn("petugas.gambir", unit: gambir, role: .petugas)
                let detail = try json(try await hub.get(petugas, "/api/v1/reports/\(number)"))
                let photos = try #require(detail["photos"] as? [[String: Any]])
                let stored = try #require(photos.first { $0["stored"] as? Bool == true })
                let id = try #require(stored["id"] as? Int)
                let served = try await hub.get(petugas, "/api/v1/photos/\(id)")
                #expect(served.status == .ok)
                #expect(Array(served.body.readableBytesView) == tinyJPEG)
                #expect(photos.contains { ($0["fetch_error"] as? String)?.contains("private") == true })
            }
        }
    }
}
