import AspirasiCore
import AspirasiTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import PostgresNIO
import Synchronization
import Testing

@testable import AspirasiServer

/// U+0000 is valid JSON (`\u0000`) and form encoding (`%00`), but PostgreSQL's
/// text refuses it. A client's request with one is a 400 naming the field;
/// a provider's message is taken in with it removed.
@Suite struct NULCharacterTests {
    struct ErrorBody: Decodable {
        struct Detail: Decodable {
            let code: String
            let parameter: String?
        }
        let error: Detail
    }

    func parameter(_ response: TestResponse) throws -> String? {
        try JSONDecoder().decode(ErrorBody.self, from: Data(buffer: response.body)).error.parameter
    }

    @Test(arguments: [
        ("text", "Jalan\u{0} rusak" as any Sendable, "text"), ("author_name", "Warga\u{0}", "author_name"),
        ("address", "\u{0}", "address"), ("external_id", "nul\u{0}1", "external_id"),
        ("photos", ["https://cdn.example.com/\u{0}.jpg"], "photos[0]"),
    ])
    func aNULInPartnerTextIs400NamingTheFieldAndStoresNothing(field: String, value: any Sendable, named: String)
        async throws
    {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            let response = try await hub.postMessage(message("nul-1", [field: value]), key: key)
            #expect(response.status == .badRequest)
            #expect(try parameter(response) == named)
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages") == 0)
            #expect(try await hub.count("SELECT count(*) FROM reports") == 0)
        }
    }

    @Test func aNULInAnOpen311DescriptionOrQueryIs400() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey("qlue")
            let form = "api_key=\(key)&service_code=sampah&lat=-6.1754&long=106.8272&description=Sampah%00menumpuk"
            let response = try await hub.http.execute(
                uri: "/open311/v2/requests.json", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: form))
            #expect(response.status == .badRequest)
            #expect(String(buffer: response.body).contains("description holds a NUL character"))
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages") == 0)
            let read = try await hub.http.execute(
                uri: "/open311/v2/requests.xml?service_request_id=2611-0000001%00", method: .get)
            #expect(read.status == .badRequest)
            #expect(String(buffer: read.body).contains("<errors><error><code>400</code>"))
        }
    }

    @Test func aNULInAnOfficersNoteOrQueryIs400() async throws {
        try await withLiveHub { hub in
            let number = try await hub.newReport("nul-note")
            let token = try await hub.signIn("petugas-nul", unit: gambir, role: .petugas)
            let note = try await hub.act(token, number, "note", ["note": "sudah dicek\u{0}"])
            #expect(note.status == .badRequest)
            #expect(try parameter(note) == "note")
            let query = try await hub.get(token, "/api/v1/reports?category=sampah%00")
            #expect(query.status == .badRequest)
            #expect(try parameter(query) == "category")
            let login = try await hub.send(nil, .post, "/api/v1/auth/login", ["username": "a\u{0}", "password": "x"])
            #expect(login.status == .badRequest)
            #expect(try parameter(login) == "username")
            #expect(try await hub.count("SELECT count(*) FROM report_events WHERE kind = 'noted'") == 0)
        }
    }

    /// A provider already took the citizen's message: refusing it would lose it, so the NUL goes.
    @Test func aNULInAProvidersMessageIsRemovedAndTheMessageKept() async throws {
        let facebook = FacebookChannelTests()
        try await facebook.withFacebookHub { hub in
            let body = FacebookChannelTests.comment.replacingOccurrences(
                of: "besar di depan", with: #"besar\u0000 di depan"#)
            let response = try await facebook.post(hub, body, signature: FacebookChannelTests.sign(body))
            #expect(response.status == .ok)
            let stored = try await hub.text("SELECT text FROM inbound_messages WHERE channel = 'facebook'")
            #expect(stored == "Jalan berlubang besar di depan halte Gambir — bahaya")
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE channel = 'facebook'") == 1)
        }
    }

    @Test func theFieldIsNamedByItsPathInTheJSON() {
        func field(_ json: String) -> String? { HubJSON.fieldHoldingNUL(in: Data(json.utf8)) }
        #expect(field(#"{"a": {"b": [1, "x", "y\u0000"]}}"#) == "a.b[2]")
        #expect(field(#"{"ok": "fine", "k\u0000": 1}"#) == "k")
        #expect(field(#""\u0000""#) == "(body)")
        // An escaped backslash before u0000 is the six characters, not U+0000.
        #expect(field(#"{"note": "C:\\u0000"}"#) == nil)
        #expect(field(#"{"note": "plain"}"#) == nil)
        #expect(field(#"{"broken": "\u0000"#) == nil)
    }

    /// A statement PostgreSQL refuses is one log line, without the statement or its values.
    @Test func aDatabaseErrorIsOneShortLogLine() async throws {
        let database = try await TestCluster.shared.freshDatabase()
        let client = PostgresClient(configuration: database, backgroundLogger: .quiet)
        let records = LogRecords()
        let logger = Logger(label: "test") { _ in records }
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { await client.run() }
            do {
                _ = try await client.query("SELECT \("secret\u{0}value")::text AS t", logger: .quiet)
                Issue.record("PostgreSQL took a NUL")
            } catch {
                let answer = ErrorMappingMiddleware<HubRequestContext>.map(error, logger: logger)
                #expect(answer.status == .serviceUnavailable)
            }
            group.cancelAll()
        }
        let lines = records.lines
        #expect(lines.count == 1)
        #expect(lines.first?.contains("sqlstate=22021") == true)
        #expect(lines.allSatisfy { !$0.contains("SELECT") && !$0.contains("secret") && !$0.contains("\n") })
    }
}

/// A log handler that keeps each record as one `message key=value ...` line.
final class LogRecords: LogHandler, Sendable {
    private let stored = Mutex<[String]>([])
    var lines: [String] { stored.withLock { $0 } }

    var metadata: Logger.Metadata {
        get { [:] }
        set {}
    }
    var logLevel: Logger.Level {
        get { .trace }
        set {}
    }
    subscript(metadataKey _: String) -> Logger.Metadata.Value? {
        get { nil }
        set {}
    }

    func log(event: LogEvent) {
        let fields = (event.metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        stored.withLock { $0.append(([event.message.description] + fields).joined(separator: " ")) }
    }
}
