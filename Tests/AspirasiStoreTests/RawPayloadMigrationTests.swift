import AspirasiCore
import AspirasiStore
import AspirasiTestSupport
import Foundation
import Logging
import PostgresNIO
import Testing

/// Migration 0020 takes credentials out of raw payloads stored before the intake redacted them.
@Suite struct RawPayloadMigrationTests {
    static let stored: [(id: String, type: String?, payload: String)] = [
        ("open311", "application/x-www-form-urlencoded", "api_key=SECRET-1&service_code=sampah&description=Sampah"),
        (
            "partner", "application/json",
            #"{"text":"Banjir","meta":{"access_token":"SECRET-2","list":[{"client_secret":"SECRET-3"}]}}"#
        ),
        ("kannel", "application/x-www-form-urlencoded", "from=%2B6281&text=Banjir&password=SECRET-4&id=k-1"),
        (
            "mail", "message/rfc822",
            "From: a@example.id\r\nAuthorization: Bearer SECRET-5\r\n folded\r\nSubject: Banjir\r\n\r\nIsi surat\r\n"
        ),
        ("clean", "application/json", #"{"b": 1,   "a": "spacing kept"}"#),
        ("broken", "application/json", #"{"api_key": "SECRET-6""#),
    ]

    @Test func storedPayloadsLoseTheirCredentials() async throws {
        let configuration = try await TestCluster.shared.emptyDatabase()
        try await PostgresClient.withRunning(configuration, logger: .quiet) { (client: PostgresClient) async throws in
            let before = Schema.migrations.prefix { $0.name != "0020_redact_raw_payloads" }
            #expect(before.count == 19)
            try await Migrator(migrations: Array(before)).migrate(client, logger: .quiet)
            for row in Self.stored {
                try await client.query(
                    """
                    INSERT INTO inbound_messages (channel, external_id, text, raw_payload, raw_content_type)
                    VALUES ('api', \(row.id), 'x', convert_to(\(row.payload), 'UTF8'), \(row.type))
                    """)
            }
            #expect(try await client.count("SELECT count(*) FROM inbound_messages WHERE raw_payload IS NOT NULL") == 6)

            try await Migrator().migrate(client, logger: .quiet)

            #expect(
                try await client.count(
                    "SELECT count(*) FROM inbound_messages WHERE position('SECRET-'::bytea IN raw_payload) > 0") == 0)
            let payloads = try await Self.payloads(client)
            #expect(payloads["open311"] == "api_key=%5Bredacted%5D&service_code=sampah&description=Sampah")
            #expect(payloads["kannel"] == "from=%2B6281&text=Banjir&password=%5Bredacted%5D&id=k-1")
            #expect(
                payloads["mail"]
                    == "From: a@example.id\r\nAuthorization: [redacted]\r\nSubject: Banjir\r\n\r\nIsi surat\r\n")
            #expect(payloads["clean"] == #"{"b": 1,   "a": "spacing kept"}"#, "a clean payload keeps its bytes")
            #expect(payloads["broken"] == .some(nil), "an unreadable payload is not kept")
            let partner = try #require(payloads["partner"] ?? nil)
            let json = try JSONSerialization.jsonObject(with: Data(partner.utf8)) as? [String: Any]
            let meta = json?["meta"] as? [String: Any]
            #expect(json?["text"] as? String == "Banjir")
            #expect(meta?["access_token"] as? String == "[redacted]")
            #expect((meta?["list"] as? [[String: Any]])?.first?["client_secret"] as? String == "[redacted]")
        }
    }

    /// The SQL rules and `RawPayloadRedactor` agree, name by name and payload by payload.
    @Test func theSQLAndSwiftRedactorsAgree() async throws {
        try await withFreshDatabase { (client: PostgresClient) async throws in
            let names = [
                "api_key", "Api-Key", "hub.verify_token", "AccountSid", "key", "monkey", "DKIM-Signature", "text",
                "X-Twilio-Signature", "pass", "passage", "Authorization", "set-cookie", "tokenizer", "client_secret",
                "PASSWORD", "credentials", "", "pin",
            ]
            for name in names {
                let sql = try await client.query("SELECT aspirasi_is_credential_name(\(name))").decode(Bool.self)
                var answer: Bool?
                for try await value in sql { answer = value }
                #expect(answer == CredentialNames.isCredential(name), "\(name)")
            }
            for row in Self.stored where row.type != "application/json" {
                let swift = RawPayloadRedactor.redact(Data(row.payload.utf8), contentType: row.type)
                var sql: Data?
                for try await bytes in try await client.query(
                    "SELECT aspirasi_redact_raw(convert_to(\(row.payload), 'UTF8'), \(row.type))"
                ).decode(Data?.self) { sql = bytes }
                #expect(sql == swift, "\(row.id)")
            }
        }
    }

    static func payloads(_ client: PostgresClient) async throws -> [String: String?] {
        var payloads: [String: String?] = [:]
        for try await (id, payload) in try await client.query(
            "SELECT external_id, convert_from(raw_payload, 'UTF8') FROM inbound_messages"
        ).decode((String, String?).self) { payloads[id] = payload }
        return payloads
    }
}
