import HTTPTypes
import HummingbirdTesting
import NIOCore

extension LiveHub {
    /// POSTs `body` to a webhook with its signature in `header` (left out when nil).
    func postSigned(
        _ uri: String, _ body: String, header: String, signature: String?, contentType: String = "application/json"
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: contentType]
        if let signature, let name = HTTPField.Name(header) { headers[name] = signature }
        return try await http.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }
}
