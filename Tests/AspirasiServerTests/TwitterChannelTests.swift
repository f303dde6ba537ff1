import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import ChannelKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import TwitterAdapter

/// A fake X API over real HTTP: checks the bearer token and the JSON it gets,
/// answers from a script (each entry once), then 201 with a new id.
actor FakeXAPI {
    enum Answer: Sendable {
        case status(Int)
        case rateLimited(reset: Int)
    }
    struct Call: Sendable {
        let path: String
        let authorization: String?
        let body: String
    }
    private var script: [Answer]
    private(set) var calls: [Call] = []

    init(_ script: [Answer] = []) {
        self.script = script
    }

    func next(_ call: Call) -> Answer? {
        calls.append(call)
        return script.isEmpty ? nil : script.removeFirst()
    }
}

func withFakeXAPI<T: Sendable>(_ api: FakeXAPI, _ body: @Sendable (String) async throws -> T) async throws -> T {
    let router = Router()
    let handler: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
        let bytes = try await request.body.collect(upTo: 64 * 1024)
        let call = FakeXAPI.Call(
            path: request.uri.path, authorization: request.headers[.authorization], body: String(buffer: bytes))
        switch await api.next(call) {
        case .status(let code)?:
            return Response(
                status: .init(code: code), headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: #"{"title":"Forbidden","detail":"scripted"}"#)))
        case .rateLimited(let reset)?:
            var headers: HTTPFields = [.contentType: "application/json"]
            if let name = HTTPField.Name("x-rate-limit-reset") { headers[name] = "\(reset)" }
            return Response(
                status: .tooManyRequests, headers: headers,
                body: .init(byteBuffer: ByteBuffer(string: #"{"errors":[{"code":88}]}"#)))
        case nil:
            let id = request.uri.path.contains("dm_conversations") ? #""dm_event_id":"9001""# : #""id":"9002""#
            return Response(
                status: .created, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: #"{"data":{\#(id),"text":"ok"}}"#)))
        }
    }
    router.get("/2/users/:id/mentions") { request, _ -> Response in
        let query = request.uri.query ?? ""
        _ = await api.next(.init(path: request.uri.path, authorization: request.headers[.authorization], body: query))
        let body = query.contains("since_id=1900000000000000002") ? #"{"meta":{"result_count":0}}"# : mentionsPage
        return Response(
            status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: body)))
    }
    router.get("/2/dm_events") { request, _ -> Response in
        _ = await api.next(.init(path: request.uri.path, authorization: request.headers[.authorization], body: ""))
        return Response(
            status: .ok, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: directMessagesPage)))
    }
    router.post("/2/tweets", use: handler)
    router.post("/2/dm_conversations/with/:user/messages", use: handler)
    let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    return try await app.test(.live) { client in
        guard let port = client.port else { throw HubTestError.unexpected("the fake X API has no port") }
        return try await body("http://127.0.0.1:\(port)")
    }
}

/// Three mentions (one a retweet, dropped), newest first as X sends them.
let mentionsPage = #"""
    {"data":[
      {"id":"1900000000000000002","author_id":"781","text":"@JakartaAspirasi sampah menumpuk di Cideng","created_at":"2026-11-23T08:00:00.000Z"},
      {"id":"1900000000000000001","author_id":"777","text":"@JakartaAspirasi lampu jalan mati di Gambir",
       "created_at":"2026-11-23T07:59:00.000Z","geo":{"coordinates":{"type":"Point","coordinates":[106.8272,-6.1754]}},
       "attachments":{"media_keys":["3_1"]}},
      {"id":"1900000000000000000","author_id":"782","text":"RT @x: ...","referenced_tweets":[{"type":"retweeted","id":"5"}]}],
     "includes":{"users":[{"id":"781","username":"warga_cideng"},{"id":"777","username":"warga_gambir"}],
                 "media":[{"media_key":"3_1","type":"photo","url":"https://pbs.twimg.com/media/lampu.jpg"}]},
     "meta":{"newest_id":"1900000000000000002","oldest_id":"1900000000000000000","result_count":3}}
    """#

/// A DM from a citizen and our own reply (an echo, dropped).
let directMessagesPage = #"""
    {"data":[
      {"id":"61","event_type":"MessageCreate","text":"balasan kami","sender_id":"3001","created_at":"2026-11-23T08:01:00.000Z"},
      {"id":"60","event_type":"MessageCreate","text":"Got mampet di Jl. Cideng Barat","sender_id":"780","created_at":"2026-11-23T08:00:30.000Z"}],
     "includes":{"users":[{"id":"780","username":"warga_cideng2"}]}}
    """#

@Suite struct TwitterChannelTests {
    static let secret = "z3ZX4v7mAAUGykl3EcmkqbartmuW8VFOOzCloLx9Q45P0hLrFu"

    func withTwitterHub<T: Sendable>(_ body: @Sendable (LiveHub) async throws -> T) async throws -> T {
        try await withLiveHub(
            configure: { $0.receive(TwitterChannel(TwitterSettings(consumerSecret: Self.secret, userID: "3001"))) },
            body)
    }

    func post(_ hub: LiveHub, _ body: String, signature: String?) async throws -> TestResponse {
        try await hub.postSigned(
            "/webhooks/twitter", body, header: "x-twitter-webhooks-signature", signature: signature)
    }

    static func sign(_ body: String) -> String {
        "sha256=" + WebhookSignature.sign(Data(body.utf8), secret: Data(secret.utf8), encoding: .base64)
    }

    static let mention = #"""
        {"for_user_id":"3001","tweet_create_events":[{"id_str":"1850000000000000001","created_at":"Mon Nov 23 07:15:00 +0000 2026",
        "text":"@JakartaAspirasi jalan berlubang besar di depan halte, bahaya utk motor 🙏","user":{"id_str":"777","screen_name":"warga_gambir"},
        "coordinates":{"type":"Point","coordinates":[106.8272,-6.1754]}}]}
        """#

    @Test func theWebhookAnswersTheCRCAndRefusesForgeries() async throws {
        try await withTwitterHub { hub in
            let crc = try await hub.get(nil, "/webhooks/twitter?crc_token=9b4507b3-9040-4669-9ca3-6b94edb50553")
            #expect(crc.status == .ok)
            #expect(String(buffer: crc.body).contains("sha256=Cytd4Sq+NvEcV3MMrXxWJGJx5A+y/lXzzU2Maartkx8="))
            #expect(try await hub.get(nil, "/webhooks/twitter").status == .badRequest)
            // A JSON body as the token: signing it would forge an event.
            let oracle = try await hub.get(nil, "/webhooks/twitter?crc_token=%7B%22for_user_id%22%3A%223001%22%7D")
            #expect(oracle.status == .badRequest)

            #expect(try await post(hub, Self.mention, signature: nil).status == .unauthorized)
            let forged = Self.sign(Self.mention.replacingOccurrences(of: "besar", with: "kecil"))
            #expect(try await post(hub, Self.mention, signature: forged).status == .unauthorized)
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages") == 0)
            let bad = "{not json"
            #expect(try await post(hub, bad, signature: Self.sign(bad)).status == .badRequest)
        }
    }

    @Test func aSignedMentionBecomesOneReportEvenWhenRedelivered() async throws {
        try await withTwitterHub { hub in
            for _ in 0..<2 {
                #expect(try await post(hub, Self.mention, signature: Self.sign(Self.mention)).status == .ok)
            }
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE channel = 'twitter'") == 1)
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages WHERE channel = 'twitter'") == 1)
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE kelurahan_code = '\(gambir)'") == 1)
            // The acknowledgement waits for the X sender, as a reply to the citizen's tweet.
            let ack = try await hub.count(
                "SELECT count(*) FROM deliveries WHERE channel = 'twitter' AND thread_key = '1850000000000000001' AND recipient = '777'"
            )
            #expect(ack == 1)
        }
    }

    /// Polling mode: mentions since the cursor and recent DMs become reports; the cursor is stored with
    /// them, so the next round asks X only for newer mentions and nothing is taken twice.
    @Test func pollingReadsMentionsAndMessagesOnceEach() async throws {
        let api = FakeXAPI()
        try await withFakeXAPI(api) { base in
            try await withLiveHub { hub in
                let timeline = TwitterTimeline(
                    apiBase: base, accessToken: "user-token", ourUserID: "3001", client: .shared)
                let intake = IntakeQueue(client: hub.database, logger: .quiet)
                let polled = PolledIntake(client: hub.database, intake: intake)
                let poller = TwitterPoller(timeline: timeline, polled: polled, logger: .quiet)
                #expect(try await poller.runOnce() == 3)
                #expect(try await polled.cursor("twitter:mentions") == "1900000000000000002")
                #expect(try await poller.runOnce() == 0)
                let calls = await api.calls
                let lastMentions = calls.filter { $0.path.hasSuffix("/mentions") }.last
                #expect(lastMentions?.body.contains("since_id=1900000000000000002") == true)
                #expect(calls.allSatisfy { $0.authorization == "Bearer user-token" })
                #expect(try await hub.count("SELECT count(*) FROM inbound_messages WHERE channel = 'twitter'") == 3)
                #expect(
                    try await hub.count("SELECT count(*) FROM report_photos WHERE original_url LIKE '%lampu.jpg'") == 1)
                let dm = try await hub.count(
                    "SELECT count(*) FROM deliveries WHERE channel = 'twitter' AND thread_key = 'dm:780' AND kind = 'ack'"
                )
                #expect(dm == 1)
                // Mentions are public posts, DMs are not: only the mentions' words may be published.
                #expect(
                    try await hub.count(
                        "SELECT count(*) FROM reports r JOIN inbound_messages m ON m.report_id = r.id WHERE r.public_post = (m.external_id LIKE 'dm:%')"
                    ) == 0)
                #expect(try await hub.count("SELECT count(*) FROM reports WHERE NOT public_post") == 1)
            }
        }
    }

    @Test func repliesAndDirectMessagesReachTheFakeAPIAndErrorsAreClassified() async throws {
        // X's reset is an epoch second within the 15-minute window.
        let reset = Int(Date().timeIntervalSince1970) + 600
        let api = FakeXAPI([.rateLimited(reset: reset), .status(503), .status(401)])
        try await withFakeXAPI(api) { base in
            let sender = TwitterSender(apiBase: base, accessToken: "user-token", client: .shared)
            func message(_ thread: String?) -> OutgoingMessage {
                OutgoingMessage(
                    deliveryID: 1, channel: .twitter, recipient: "777", threadKey: thread,
                    text: "Aspirasi #2611-0000017: Laporan sedang dikerjakan.", idempotencyKey: "k")
            }
            func failure(_ thread: String?) async -> SendFailure? {
                await AspirasiServerTests.failure(of: sender, message(thread))
            }
            #expect(
                await failure("1850000000000000001") == .rateLimited(until: Date(timeIntervalSince1970: Double(reset))))
            guard case .transient = await failure("1850000000000000001") else {
                Issue.record("503 must be transient")
                return
            }
            guard case .permanent = await failure("1850000000000000001") else {
                Issue.record("401 needs an operator")
                return
            }
            let tweet = try await sender.send(message("1850000000000000001"))
            #expect(tweet.providerID == "9002")
            let dm = try await sender.send(message("dm:780"))
            #expect(dm.providerID == "9001")
            guard case .permanent = await failure(nil) else {
                Issue.record("a reply without a thread cannot be sent")
                return
            }
            let calls = await api.calls
            #expect(calls.count == 5)
            #expect(calls.allSatisfy { $0.authorization == "Bearer user-token" })
            let reply = try #require(calls.dropLast().last)
            #expect(reply.path == "/2/tweets")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [String: Any])
            #expect((json["reply"] as? [String: Any])?["in_reply_to_tweet_id"] as? String == "1850000000000000001")
            #expect(json["text"] as? String == "Aspirasi #2611-0000017: Laporan sedang dikerjakan.")
            #expect(calls.last?.path == "/2/dm_conversations/with/780/messages")
        }
    }
}
