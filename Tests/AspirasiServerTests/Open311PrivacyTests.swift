import AspirasiCore
import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import ChannelFakes
import ChannelKit
import EmailAdapter
import FacebookAdapter
import ForumAdapter
import Foundation
import LaporAdapter
import NIOCore
import QlueAdapter
import SMSAdapter
import Testing
import TwitterAdapter

/// One citizen on each channel writes their name, phone number and e-mail address into the report;
/// Open311 shows none of it. `marker` is a word of the text that shows whether the text was published.
struct ChannelCitizen: Sendable {
    let marker: String
    let name: String
    let phone: String
    let email: String
    let isPublic: Bool

    var text: String { "\(marker). Saya \(name), hubungi \(phone) atau \(email)" }
}

@Suite struct Open311PrivacyTests {
    static let app = ChannelCitizen(
        marker: "Sampah menumpuk penandaapp", name: "Andi Pratama", phone: "0812-1111-0001",
        email: "andi.p@example.com", isPublic: true)
    static let api = ChannelCitizen(
        marker: "Jalan berlubang penandaapi", name: "Budi Api", phone: "0812 1111 0002",
        email: "budi.api@example.com", isPublic: false)
    static let tweet = ChannelCitizen(
        marker: "Lampu jalan mati penandatweet", name: "@citra_tw", phone: "+62 812 1111 0003",
        email: "citra@example.com", isPublic: true)
    static let dm = ChannelCitizen(
        marker: "Banjir penandadm", name: "Dewi DM", phone: "0812.1111.0004", email: "dewi@example.com",
        isPublic: false)
    static let page = ChannelCitizen(
        marker: "Trotoar rusak penandafb", name: "Eko Facebook", phone: "6281211110005", email: "eko@example.com",
        isPublic: true)
    static let messenger = ChannelCitizen(
        marker: "Saluran got tersumbat penandamessenger", name: "Fajar Messenger", phone: "081211110006",
        email: "fajar@example.com", isPublic: false)
    static let sms = ChannelCitizen(
        marker: "Pedagang kaki lima penandasms", name: "Gita SMS", phone: "0812-1111-0007", email: "gita@example.com",
        isPublic: false)
    static let email = ChannelCitizen(
        marker: "Parkir liar penandaemail", name: "Hadi Email", phone: "0812 1111 0008", email: "hadi@example.com",
        isPublic: false)
    static let forum = ChannelCitizen(
        marker: "Lampu taman mati penandaforum", name: "indah_forum", phone: "0812-1111-0009",
        email: "indah@example.com", isPublic: true)
    static let forumPM = ChannelCitizen(
        marker: "Sampah liar penandapm", name: "joko_pm", phone: "0812-1111-0010", email: "joko@example.com",
        isPublic: false)
    static let qlue = ChannelCitizen(
        marker: "Genangan air penandaqlue", name: "Kiki Qlue", phone: "0812-1111-0011", email: "kiki@example.com",
        isPublic: true)
    static let lapor = ChannelCitizen(
        marker: "Pohon tumbang penandalapor", name: "Lina Lapor", phone: "0812-1111-0012", email: "lina@example.com",
        isPublic: false)
    static let nik = "3171012345670001"

    /// The test: reports from every channel, read back as JSON and XML.
    @Test func requestsShowNoPersonalDataFromAnyChannel() async throws {
        let qlueFeed = FakeQlue()
        await qlueFeed.add(id: 1301, title: "Genangan", description: Self.qlue.text, profile: Self.qlue.name)
        let laporFeed = FakeLapor()
        await laporFeed.add(
            id: "4200001", title: "Pohon tumbang", body: Self.lapor.text, latitude: -6.1754, longitude: 106.8272,
            reporter: Self.lapor.name)
        try await withLiveFake(qlueFeed.router()) { qlueBase in
            try await withLiveFake(laporFeed.router()) { laporBase in
                try await withLiveHub { hub in
                    var reports = try await Self.reportsFromTheAdapters(hub, qlueBase: qlueBase, laporBase: laporBase)
                    reports += try await Self.reportsOverHTTP(hub)
                    try await Self.expectNothingPersonal(hub, reports)
                }
            }
        }
    }

    /// What each adapter decodes, through the intake as its route or poller would send it.
    static func reportsFromTheAdapters(_ hub: LiveHub, qlueBase: String, laporBase: String) async throws
        -> [(ChannelCitizen, String)]
    {
        var messages: [(ChannelCitizen, InboundMessage)] = []
        let twitter = TwitterWebhook(consumerSecret: "s", ourUserID: "3001")
        // A bell and a non-character too: the XML must stay readable.
        let tweet: [String: Any] = [
            "for_user_id": "3001",
            "tweet_create_events": [
                [
                    "id_str": "1860000000000000001", "text": "@JakartaAspirasi \(Self.tweet.text)\u{0007}\u{FFFF}",
                    "user": ["id_str": "801", "screen_name": "citra_tw", "name": "Citra"],
                    "coordinates": ["type": "Point", "coordinates": [106.8272, -6.1754]],
                    "extended_entities": [
                        "media": [["type": "photo", "media_url_https": "https://pbs.twimg.com/media/citra.jpg"]]
                    ],
                ]
            ],
        ]
        messages.append((Self.tweet, try #require(try twitter.decode(try jsonData(tweet)).first)))
        let directMessage: [String: Any] = [
            "for_user_id": "3001",
            "direct_message_events": [
                [
                    "type": "message_create", "id": "61", "created_timestamp": "1795418100000",
                    "message_create": ["sender_id": "802", "message_data": ["text": Self.dm.text]],
                ]
            ],
            "users": ["802": ["id": "802", "screen_name": "dewi_dm", "name": Self.dm.name]],
        ]
        messages.append((Self.dm, try #require(try twitter.decode(try jsonData(directMessage)).first)))
        let facebook = FacebookWebhook(appSecret: "s", verifyToken: "v", pageID: "1000")
        let pagePost: [String: Any] = [
            "object": "page",
            "entry": [
                [
                    "id": "1000",
                    "changes": [
                        [
                            "field": "feed",
                            "value": [
                                "item": "post", "verb": "add", "post_id": "1000_300", "message": Self.page.text,
                                "from": ["id": "556", "name": Self.page.name], "created_time": 1_795_418_100,
                            ],
                        ]
                    ],
                ]
            ],
        ]
        messages.append((Self.page, try #require(try facebook.decode(try jsonData(pagePost)).first)))
        let messengerMessage: [String: Any] = [
            "object": "page",
            "entry": [
                [
                    "id": "1000",
                    "messaging": [
                        [
                            "sender": ["id": "6002"], "recipient": ["id": "1000"], "timestamp": 1_795_418_100_000,
                            "message": [
                                "mid": "m_privasi", "text": Self.messenger.text,
                                "attachments": [
                                    [
                                        "type": "location",
                                        "payload": ["coordinates": ["lat": -6.1754, "long": 106.8272]],
                                    ],
                                    ["type": "image", "payload": ["url": "https://scontent.xx.fbcdn.net/v/fajar.jpg"]],
                                ],
                            ],
                        ]
                    ],
                ]
            ],
        ]
        messages.append((Self.messenger, try #require(try facebook.decode(try jsonData(messengerMessage)).first)))
        let query =
            "from=%2B6281211110007&to=1708&text=\(FormFields.encode(Self.sms.text))&id=7d0c2f7e&coding=0&charset=UTF-8"
        messages.append((Self.sms, try KannelInbound.decode(query: query)))
        let mail = """
            From: \(Self.email.name) <\(Self.email.email)>\r
            To: aspirasi@jakarta.go.id\r
            Subject: Parkir liar\r
            Message-ID: <privasi-1@example.net>\r
            Date: Mon, 23 Nov 2026 08:00:00 +0700\r
            Content-Type: text/plain; charset=utf-8\r
            \r
            \(Self.email.text)\r

            """
        guard case .take(let mailMessage) = EmailInbound.decode(Array(mail.utf8)) else {
            throw HubTestError.unexpected("the mail was not taken in")
        }
        messages.append((Self.email, mailMessage))
        let forum = DiscourseWebhook(secret: "s")
        for (citizen, id, archetype) in [(Self.forum, 501, "regular"), (Self.forumPM, 502, "private_message")] {
            let post: [String: Any] = [
                "post": [
                    "id": id, "topic_id": id, "post_number": 1, "username": citizen.name, "raw": citizen.text,
                    "topic_title": "Laporan", "topic_archetype": archetype, "post_type": 1,
                ]
            ]
            messages.append((citizen, try #require(try forum.decode(try jsonData(post), event: "post_created").first)))
        }
        let qlue = try await QlueFeed(base: qlueBase, key: "qlue-key", client: .shared, pageSize: 10).posts(after: nil)
        messages.append((Self.qlue, try #require(qlue.messages.first)))
        let lapor = try await LaporFeed(base: laporBase, token: "lapor-token", agency: "pemprov-dki", client: .shared)
            .reports(after: nil)
        messages.append((Self.lapor, try #require(lapor.messages.first)))

        let intake = IntakeQueue(client: hub.database, logger: .quiet)
        var reports: [(ChannelCitizen, String)] = []
        for (citizen, message) in messages {
            reports.append((citizen, try await intake.submit(message).trackingNumber))
        }
        return reports
    }

    /// The citizen app (Open311) and the partner API.
    static func reportsOverHTTP(_ hub: LiveHub) async throws -> [(ChannelCitizen, String)] {
        let key = try await hub.partnerKey("aplikasi-warga")
        let description = FormFields.encode("\(Self.app.text), NIK \(Self.nik)")
        let form =
            "api_key=\(key)&service_code=sampah&lat=-6.1754&long=106.8272&first_name=Andi&last_name=Pratama"
            + "&email=andi.p%40example.com&description=\(description)"
        let posted = try await hub.http.execute(
            uri: "/open311/v2/requests.json", method: .post,
            headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: form))
        let answer = try JSONSerialization.jsonObject(with: Data(buffer: posted.body)) as? [[String: Any]]
        let appNumber = try #require(answer?.first?["service_request_id"] as? String)
        let partner = try await hub.submit(
            message(
                "privasi-api",
                [
                    "text": "\(Self.api.text), NIK \(Self.nik)", "author": "+6281211110002",
                    "author_name": Self.api.name,
                ]), key: try await hub.partnerKey("mitra"))
        return [(Self.app, appNumber), (Self.api, partner.tracking_number)]
    }

    static func expectNothingPersonal(_ hub: LiveHub, _ reports: [(ChannelCitizen, String)]) async throws {
        let json = String(buffer: try await hub.http.execute(uri: "/open311/v2/requests.json", method: .get).body)
        let xml = String(buffer: try await hub.http.execute(uri: "/open311/v2/requests.xml", method: .get).body)
        let requests = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(requests.count == reports.count)
        let xmlDescriptions = try #require(XMLTexts.parse(xml)?["description"], "requests.xml must be well-formed")
        #expect(xmlDescriptions.count == reports.count)

        let secrets = reports.flatMap { citizen, _ in [citizen.name, citizen.phone, citizen.email] }
        for secret in secrets + [nik, "@example.", "twimg.com", "fbcdn.net", "+6281211110002"] {
            #expect(!json.contains(secret), "requests.json shows \(secret)")
            #expect(!xml.contains(secret), "requests.xml shows \(secret)")
        }
        let byNumber = Dictionary(requests.map { ($0["service_request_id"] as? String ?? "", $0) }) { a, _ in a }
        for (citizen, number) in reports {
            let request = try #require(byNumber[number], "\(number) is listed")
            let description = request["description"] as? String ?? ""
            if citizen.isPublic {
                #expect(description.contains(citizen.marker), "a public post keeps its words: \(description)")
                #expect(description.contains(PersonalDataMask.phone) && description.contains(PersonalDataMask.email))
                #expect(description.contains(PersonalDataMask.name), "the author's own name is masked: \(description)")
            } else {
                #expect(description.hasPrefix("Laporan "), "a private channel's words are never shown: \(description)")
                #expect(!json.contains(citizen.marker) && !xml.contains(citizen.marker))
                if let lat = request["lat"] as? Double, let long = request["long"] as? Double {
                    #expect(abs(lat * 1000 - (lat * 1000).rounded()) < 1e-6, "rounded to about 100 m: \(lat)")
                    #expect(abs(long * 1000 - (long * 1000).rounded()) < 1e-6, "rounded to about 100 m: \(long)")
                }
            }
        }
        let appRequest = byNumber[reports.first { $0.0.marker == Self.app.marker }?.1 ?? ""]
        #expect((appRequest?["description"] as? String)?.contains(PersonalDataMask.nik) == true)
        #expect(appRequest?["lat"] as? Double == -6.1754, "the citizen app's point is the one they published")
        let apiRequest = byNumber[reports.first { $0.0.marker == Self.api.marker }?.1 ?? ""]
        #expect(apiRequest?["description"] as? String == "Laporan Jalan rusak di Kelurahan Gambir")
        #expect(apiRequest?["lat"] as? Double == -6.175)
        #expect(apiRequest?["address"] as? String == "Kelurahan Gambir")
    }
}

func jsonData(_ object: Any) throws -> Data { try JSONSerialization.data(withJSONObject: object) }
