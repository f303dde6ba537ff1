import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

#if canImport(Glibc)
    import Glibc
#endif

/// One provider API call as every sender makes it: the request goes out, the
/// answer comes back whole (bounded), and a network failure is transient.
public struct ProviderAnswer: Sendable {
    public let status: Int
    public let headers: HTTPHeaders
    public let body: ByteBuffer

    /// The body as a JSON object, or nil.
    public var json: [String: Any]? {
        try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
    }
}

public enum ProviderHTTP {
    public static func send(
        _ request: HTTPClientRequest, client: HTTPClient, timeout: TimeAmount, maximumAnswer: Int = 256 * 1024
    ) async throws(SendFailure) -> ProviderAnswer {
        do {
            let response = try await client.execute(request, timeout: timeout)
            let body = try await response.body.collect(upTo: maximumAnswer)
            return ProviderAnswer(status: Int(response.status.code), headers: response.headers, body: body)
        } catch {
            throw isConnectFailure(error)
                ? .transient("could not connect: \(type(of: error))") : .unknownOutcome("no answer: \(type(of: error))")
        }
    }

    /// Failures before the request could have left: nothing was sent, so a retry is safe everywhere.
    static func isConnectFailure(_ error: any Error) -> Bool {
        if let client = error as? HTTPClientError {
            return client == .connectTimeout || client == .socksHandshakeTimeout || client == .tlsHandshakeTimeout
        }
        if error is NIOConnectionError { return true }
        if let channel = error as? ChannelError, case .connectTimeout = channel { return true }
        if let io = error as? IOError { return [ECONNREFUSED, ENETUNREACH, EHOSTUNREACH].contains(io.errnoCode) }
        return false
    }

    /// A JSON POST with the given headers.
    public static func postJSON(
        _ url: String, _ object: Any, headers: [(String, String)] = [], client: HTTPClient, timeout: TimeAmount
    ) async throws(SendFailure) -> ProviderAnswer {
        guard let data = try? JSONSerialization.data(withJSONObject: object) else {
            throw .permanent("the message could not be encoded")
        }
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: data))
        return try await send(request, client: client, timeout: timeout)
    }

    /// The usual reading of a JSON provider's status: 2xx is done, 429 waits for the reset,
    /// 408 and 5xx are worth another try, any other 4xx will not get better by retrying.
    public static func check(_ answer: ProviderAnswer, provider: String) throws(SendFailure) {
        switch answer.status {
        case 200..<300: return
        case 429:
            throw .rateLimited(until: resetTime(answer.headers) ?? Date().addingTimeInterval(60))
        case 408: throw .transient("\(provider) timed out (408)")
        case 400..<500: throw .permanent("\(provider) refused with \(answer.status)")
        default: throw .transient("\(provider) failed with \(answer.status)")
        }
    }

    /// When a rate limit lifts: Retry-After in seconds, or an epoch-seconds reset
    /// header (X's `x-rate-limit-reset` and many others' `X-RateLimit-Reset`). What a
    /// provider writes there is held to the next day: a nonsense value (`inf`, `1e30`,
    /// a date years away) must neither crash the hub nor park a channel for ever.
    public static func resetTime(_ headers: HTTPHeaders, now: Date = Date()) -> Date? {
        let latest = now.addingTimeInterval(maximumPause)
        if let seconds = headers.first(name: "Retry-After").flatMap(Double.init), seconds.isFinite {
            return min(now.addingTimeInterval(max(seconds, 0)), latest)
        }
        if let epoch = headers.first(name: "X-RateLimit-Reset").flatMap(Double.init)
            ?? headers.first(name: "x-rate-limit-reset").flatMap(Double.init), epoch.isFinite
        {
            return min(max(Date(timeIntervalSince1970: max(epoch, 0)), now), latest)
        }
        return nil
    }

    /// The longest a provider's rate limit may pause us.
    public static let maximumPause: TimeInterval = 86_400
}
