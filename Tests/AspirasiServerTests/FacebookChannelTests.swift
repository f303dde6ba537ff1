import AspirasiServer
import AspirasiTestSupport
import ChannelKit
import FacebookAdapter
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// A fake Graph API over real HTTP: records each call, answers from a script
/// (Meta's error bodies), then with an id.
actor FakeGraphAPI {
    struct Call: Sendable {
        let path: String
        let authorization: String?
        let body: String
    }
    private var script: [(status: Int, code: Int)]
    private(set) var calls: [Call] = []
    /// Headers on every scripted error (Meta's `X-Business-Use-Case-Usage`).
    let errorHeaders: HTTPFields

    init(_ script: [(status: Int, code: Int)] = [], errorHeaders: HTTPFields = [:]) {
        self.script = script
        self.errorHeaders = errorHeaders
    }

    func next(_ call: Call) -> (status: Int, code: Int)? {
        calls.append(call)
        return script.isEmpty ? nil : script.removeFirst()
    }
}

func withFakeGraphAPI<T: Sendable>(_ api: FakeGraphAPI, _ body: @Sendable (String) async throws -> T) async throws -> T
{
    let router = Router()
    let handler: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
        let bytes = try await request.body.collect(upTo: 64 * 1024)
        let call = FakeGraphAPI.Call(
            path: request.uri.path, authorization: request.headers[.authorization], body: String(buffer: bytes))
        let json: String
        let status: HTTPResponse.Status
        var headers: HTTPFields = [.contentType: "application/json"]
        if let (code, error) = await api.next(call) {
            headers.append(contentsOf: api.errorHeaders)
            status = .init(code: code)
            json = #"{"error":{"message":"scripted","type":"OAuthException","code":\#(error),"fbtrace_id":"x"}}"#
        } else {
            status = .ok
            json =
                request.uri.path.hasSuffix("/messages")
                ? #"{"recipient_id":"6001","message_id":"m_reply"}"# : #"{"id":"1000_200_999"}"#
        }
        return Response(
            status: status, headers: headers,
            body: .init(byteBuffer: ByteBuffer(string: json)))
    }
    router.post("/v21.0/:object/comments", use: handler)
    router.post("/v21.0/:object/messages", use: handler)
    let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    return try await app.test(.live) { client in
        guard let port = client.port else { throw HubTestError.unexpected("the fake Graph API has no port") }
        return try await body("http://127.0.0.1:\(port)/v21.0")
    }
}

@Suite struct FacebookChannelTests {
    static let secret = "app-secret-for-tests"
    static let comment =
        #"{"object":"page","entry":[{"id":"1000","time":1795418100,"changes":[{"field":"feed","value":{"item":"comment","verb":"add","comment_id":"1000_200_300","post_id":"1000_200","parent_id":"1000_200","from":{"id":"555","name":"Warga Gambir"},"message":"Jalan berlubang besar di depan halte Gambir \u2014 bahaya","created_time":1795418100}}]}]}"#

    func withFacebookHub<T: Sendable>(_ body: @Sendable (LiveHub) async throws -> T) async throws -> T {
        try await withLiveHub(
            configure: {
                $0.receive(
                    FacebookChannel(FacebookSettings(appSecret: Self.secret, verifyToken: "verify-me", pageID: "1000")))
            }, body)
    }

    func post(_ hub: LiveHub, _ body: String, signature: String?) async throws -> TestResponse {
        try await hub.postSigned("/webhooks/facebook", body, header: "X-Hub-Signature-256", signature: signature)
    }

    static func sign(_ body: String) -> String {
        "sha256=" + WebhookSignature.sign(Data(body.utf8), secret: Data(secret.utf8), encoding: .hex)
    }

    @Test func theHandshakeAndForgeriesAreAnswered() async throws {
        try await withFacebookHub { hub in
            let ok = try await hub.get(
                nil, "/webhooks/facebook?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444")
            #expect(ok.status == .ok)
            #expect(String(buffer: ok.body) == "1158201444")
            let wrong = try await hub.get(
                nil, "/webhooks/facebook?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1158201444")
            #expect(wrong.status == .forbidden)
            #expect(try await post(hub, Self.comment, signature: nil).status == .unauthorized)
            #expect(try await post(hub, Self.comment, signature: Self.sign(Self.comment + " ")).status == .unauthorized)
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages") == 0)
        }
    }

    @Test func aSignedCommentBecomesOneReportEvenWhenMetaRetries() async throws {
        try await withFacebookHub { hub in
            for _ in 0..<3 {
                #expect(try await post(hub, Self.comment, signature: Self.sign(Self.comment)).status == .ok)
            }
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE channel = 'facebook'") == 1)
            let text = try await hub.count(
                "SELECT count(*) FROM inbound_messages WHERE text LIKE '%halte Gambir — bahaya'")
            #expect(text == 1)
            let ack = try await hub.count(
                "SELECT count(*) FROM deliveries WHERE channel = 'facebook' AND thread_key = '1000_200_300'")
            #expect(ack == 1)
        }
    }

    @Test func repliesReachTheGraphAPIAndErrorsAreClassified() async throws {
        let api = FakeGraphAPI([(400, 613), (500, 2), (400, 190), (400, 100)])
        try await withFakeGraphAPI(api) { base in
            let sender = FacebookSender(graphBase: base, pageID: "1000", pageToken: "page-token", client: .shared)
            func message(_ thread: String?) -> OutgoingMessage {
                OutgoingMessage(
                    deliveryID: 1, channel: .facebook, recipient: "555", threadKey: thread,
                    text: "Aspirasi #2611-0000017: Laporan sedang dikerjakan.", idempotencyKey: "k",
                    citizenLastMessageAt: Date().addingTimeInterval(-3600))
            }
            func failure(_ thread: String?) async -> SendFailure? {
                await AspirasiServerTests.failure(of: sender, message(thread))
            }
            guard case .rateLimited = await failure("1000_200_300") else {
                Issue.record("613 is throttling")
                return
            }
            guard case .transient = await failure("1000_200_300") else {
                Issue.record("code 2 is temporary")
                return
            }
            #expect(
                await failure("1000_200_300")
                    == .permanent("the page access token has expired or was revoked (Meta error 190)"))
            guard case .permanent = await failure("1000_200_300") else {
                Issue.record("code 100 is permanent")
                return
            }
            #expect(try await sender.send(message("1000_200_300")).providerID == "1000_200_999")
            #expect(try await sender.send(message("messenger:6001")).providerID == "m_reply")
            guard case .permanent = await failure("../../me") else {
                Issue.record("a thread key that is not a Graph id is refused before any request")
                return
            }
            let calls = await api.calls
            #expect(calls.count == 6)
            #expect(calls.allSatisfy { $0.authorization == "Bearer page-token" })
            #expect(calls[4].path == "/v21.0/1000_200_300/comments")
            #expect(calls[4].body.contains("Laporan sedang dikerjakan"))
            #expect(calls[5].path == "/v21.0/1000/messages")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(calls[5].body.utf8)) as? [String: Any])
            #expect((json["recipient"] as? [String: Any])?["id"] as? String == "6001")
            // Inside the 24-hour window a reply is a RESPONSE, with no tag (Meta's Send API).
            #expect(json["messaging_type"] as? String == "RESPONSE")
            #expect(json["tag"] == nil)
        }
    }
}
