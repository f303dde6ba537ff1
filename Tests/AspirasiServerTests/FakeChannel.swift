import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

/// A partner's callback endpoint over real HTTP that answers from a script:
/// each entry is used once, in order; when the script runs out it accepts.
actor FakeChannelScript {
    enum Answer: Sendable {
        case accept
        case fail(Int)
        case rateLimit(retryAfterSeconds: Int)
        case hang(Duration)
    }

    private var script: [Answer]
    private(set) var received: [(key: String, body: String)] = []
    private var accepted = 0

    init(_ script: [Answer]) {
        self.script = script
    }

    func next(key: String, body: String) -> Answer {
        received.append((key, body))
        guard !script.isEmpty else {
            accepted += 1
            return .accept
        }
        return script.removeFirst()
    }

    func acceptedKeys() -> [String] { received.map(\.key) }
}

private let idempotencyKey = HTTPField.Name("Idempotency-Key")

/// Runs the fake channel on a free port for the duration of `body`, which gets its URL.
func withFakeChannel<T: Sendable>(
    _ script: FakeChannelScript, _ body: @Sendable (String) async throws -> T
) async throws -> T {
    let router = Router()
    router.post("/send") { request, _ -> Response in
        let key = idempotencyKey.flatMap { request.headers[$0] } ?? ""
        let bytes = try await request.body.collect(upTo: 64 * 1024)
        switch await script.next(key: key, body: String(buffer: bytes)) {
        case .accept:
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: #"{"id":"p-\#(key.hashValue & 0xFFFF)"}"#)))
        case .fail(let code):
            return Response(status: .init(code: code))
        case .rateLimit(let seconds):
            return Response(status: .tooManyRequests, headers: [.retryAfter: "\(seconds)"])
        case .hang(let duration):
            try await Task.sleep(for: duration)
            return Response(status: .ok)
        }
    }
    let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    return try await app.test(.live) { client in
        guard let port = client.port else { throw HubTestError.unexpected("the fake channel has no port") }
        return try await body("http://127.0.0.1:\(port)/send")
    }
}
