import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// X's OAuth 2.0 token endpoint and reply endpoint, as documented
/// (https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/authorization-code):
/// `POST /2/oauth2/token` with `grant_type=refresh_token`, the client's Basic credentials, and a
/// refresh token that is single-use (the answer carries the next one; a spent one gets 400
/// `invalid_request`); `POST /2/tweets` takes only a live access token, else 401.
public actor FakeXOAuth {
    public nonisolated let clientID: String
    public nonisolated let clientSecret: String
    private var liveRefreshToken: String
    private var liveAccessTokens: Set<String> = []
    private var issued = 0
    /// The refresh tokens presented to the token endpoint, in order.
    public private(set) var refreshRequests: [String] = []
    /// The Authorization header of each reply posted, in order.
    public private(set) var apiCalls: [String] = []

    public init(clientID: String = "x-client", clientSecret: String = "x-secret", refreshToken: String = "refresh-0") {
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.liveRefreshToken = refreshToken
    }

    /// The token stops working (revoked, or expired early), as X may do.
    public func revoke(_ accessToken: String) {
        liveAccessTokens.remove(accessToken)
    }

    func refresh(authorization: String?, form: [String: String]) -> Response {
        let (status, answer) = refreshAnswer(authorization: authorization, form: form)
        return jsonResponse(answer, status: status)
    }

    private func refreshAnswer(authorization: String?, form: [String: String]) -> (HTTPResponse.Status, [String: Any]) {
        let basic = "Basic " + Data("\(clientID):\(clientSecret)".utf8).base64EncodedString()
        guard authorization == basic, form["client_id"] == clientID else {
            return (.unauthorized, ["error": "unauthorized_client"])
        }
        guard form["grant_type"] == "refresh_token", let presented = form["refresh_token"] else {
            return (.badRequest, ["error": "invalid_request"])
        }
        refreshRequests.append(presented)
        guard presented == liveRefreshToken else {
            return (
                .badRequest,
                ["error": "invalid_request", "error_description": "Value passed for the token was invalid."]
            )
        }
        issued += 1
        liveRefreshToken = "refresh-\(issued)"
        liveAccessTokens.insert("access-\(issued)")
        return (
            .ok,
            [
                "token_type": "bearer", "expires_in": 7200, "access_token": "access-\(issued)",
                "scope": "tweet.read tweet.write users.read dm.read dm.write offline.access",
                "refresh_token": liveRefreshToken,
            ]
        )
    }

    func post(authorization: String?) -> Response {
        let (status, answer) = postAnswer(authorization: authorization)
        return jsonResponse(answer, status: status)
    }

    private func postAnswer(authorization: String?) -> (HTTPResponse.Status, [String: Any]) {
        apiCalls.append(authorization ?? "")
        guard let authorization, authorization.hasPrefix("Bearer "),
            liveAccessTokens.contains(String(authorization.dropFirst(7)))
        else {
            return (
                .unauthorized,
                ["title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"]
            )
        }
        return (.created, ["data": ["id": "\(1_900_000_000_000_000_000 + apiCalls.count)", "text": "ok"]])
    }

    public nonisolated func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/2/oauth2/token") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 16 * 1024)
            // Slow, like a real token endpoint: a second hub's refresh overlaps the first.
            try await Task.sleep(for: .milliseconds(200))
            return await self.refresh(
                authorization: request.headers[.authorization], form: Self.form(String(buffer: body)))
        }
        router.post("/2/tweets") { request, _ -> Response in
            await self.post(authorization: request.headers[.authorization])
        }
        return router
    }

    static func form(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        return fields
    }
}
