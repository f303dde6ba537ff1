import AspirasiServer
import AspirasiStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Synchronization

extension LiveHub {
    /// `POST /api/v1/auth/login`, whatever it answers.
    func login(_ username: String, _ password: String) async throws -> TestResponse {
        let body = try JSONSerialization.data(withJSONObject: ["username": username, "password": password])
        return try await http.execute(
            uri: "/api/v1/auth/login", method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(bytes: body))
    }

    /// `POST /api/v1/officers` as `admin`.
    func createAccount(_ admin: String, _ username: String, unit: String, password: String) async throws
        -> TestResponse
    {
        try await send(
            admin, .post, "/api/v1/officers",
            ["username": username, "display_name": username, "unit": unit, "role": "petugas", "password": password])
    }
}

/// What a test's hub logged, to check what it says and what it never says.
final class LogRecorder: Sendable {
    private let lines = Mutex<[String]>([])

    var text: String { lines.withLock { $0.joined(separator: "\n") } }

    var logger: Logger {
        var logger = Logger(label: "test") { _ in Handler(recorder: self) }
        logger.logLevel = .debug
        return logger
    }

    struct Handler: LogHandler {
        let recorder: LogRecorder
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .debug

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            recorder.lines.withLock { $0.append("\(event.level) \(event.message) \(all)") }
        }
    }
}

/// The error code of an API error answer.
func errorCode(_ response: TestResponse) throws -> String? {
    (try json(response)["error"] as? [String: Any])?["code"] as? String
}

/// The field an API error answer names.
func errorParameter(_ response: TestResponse) throws -> String? {
    (try json(response)["error"] as? [String: Any])?["parameter"] as? String
}
