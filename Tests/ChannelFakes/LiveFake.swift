import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore

/// Serves `router` on a free loopback port for the duration of `body`, which gets the base URL.
/// The fakes are real HTTP servers so that adapters are tested on the wire, as with the provider.
public func withLiveFake<T: Sendable>(
    _ router: Router<BasicRequestContext>, _ body: @Sendable (String) async throws -> T
) async throws -> T {
    let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    return try await app.test(.live) { client in
        guard let port = client.port else { throw POSIXError(.EADDRNOTAVAIL) }
        return try await body("http://127.0.0.1:\(port)")
    }
}

func jsonResponse(_ object: Any, status: HTTPResponse.Status = .ok) -> Response {
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
    return Response(
        status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
}

func jsonObject(_ buffer: ByteBuffer) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any]) ?? [:]
}

/// What a fake was sent: one status update, follow-up or reply.
public struct ReceivedUpdate: Sendable, Equatable {
    public let target: String
    public let idempotencyKey: String?
    public let fields: [String: String]
}
