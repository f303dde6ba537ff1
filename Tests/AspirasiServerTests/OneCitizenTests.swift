import AspirasiCore
import AspirasiTestSupport
import Foundation
import PostgresNIO
import Testing

/// The same phone number on SMS and the partner API (or the same e-mail in any case) is one citizen:
/// one contact with two identities, each report still answered on its own channel.
@Suite struct OneCitizenTests {
    @Test func anSMSAndAMessageFromTheSameNumberAreOneContactWithTwoReports() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            let first = try await hub.submit(
                message("one-sms-1", ["channel": "sms", "author": "+6281234567890", "text": "Lampu jalan mati"]),
                key: key)
            let second = try await hub.submit(
                message(
                    "one-api-2",
                    ["author": "0812-3456-7890", "text": "Sampah menumpuk di pasar", "lat": -6.2000, "lon": 106.8500]),
                key: key)
            #expect(first.tracking_number != second.tracking_number)
            #expect(try await hub.count("SELECT count(*) FROM contact_identities") == 2)
            #expect(try await hub.count("SELECT count(DISTINCT contact_id) FROM contact_identities") == 1)
            // Each report is still answered on its own channel.
            #expect(
                try await hub.count(
                    "SELECT count(DISTINCT channel) FROM deliveries WHERE kind = 'ack' AND channel IN ('sms', 'api')")
                    == 2)

            let koordinator = try await hub.signIn("koor.one", unit: "31", role: .koordinator)
            let detail = try json(try await hub.get(koordinator, "/api/v1/reports/\(first.tracking_number)"))
            let reporter = try #require(detail["reporter"] as? [String: Any])
            let others = reporter["other_reports"] as? [[String: Any]] ?? []
            #expect(others.map { $0["tracking_number"] as? String } == [second.tracking_number])
        }
    }

    @Test func theSameAddressInAnotherCaseIsTheSameCitizen() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            for (id, author) in [("mail-1", "Warga@Example.id"), ("mail-2", "warga@example.ID")] {
                _ = try await hub.submit(
                    message(id, ["channel": "email", "author": author, "text": "Got mampet di gang \(id)"]), key: key)
            }
            #expect(try await hub.count("SELECT count(DISTINCT contact_id) FROM contact_identities") == 1)
        }
    }

    @Test func adminsMergeTwoContactsAndSplitThemAgain() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            _ = try await hub.submit(message("m-a", ["author": "+6281211110001"]), key: key)
            _ = try await hub.submit(
                message("m-b", ["channel": "twitter", "author": "998877", "text": "Pohon tumbang di jalan"]), key: key)
            let ids = try await hub.database.query(
                "SELECT contact_id FROM contact_identities ORDER BY id"
            ).collect().map { try $0.decode(Int.self) }
            #expect(ids.count == 2 && ids[0] != ids[1])
            let admin = try await hub.signIn("admin.one", unit: "31", role: .admin)
            let local = try await hub.signIn("admin.local", unit: gambir, role: .admin)
            #expect(
                try await hub.send(local, .post, "/api/v1/citizens/contacts/\(ids[0])/merge", ["from": ids[1]]).status
                    == .forbidden)

            let merged = try await hub.send(admin, .post, "/api/v1/citizens/contacts/\(ids[0])/merge", ["from": ids[1]])
            #expect(merged.status == .ok)
            #expect((try json(merged)["identities"] as? [Any])?.count == 2)
            #expect(try await hub.count("SELECT count(DISTINCT contact_id) FROM contact_identities") == 1)
            #expect(try await hub.count("SELECT count(*) FROM contacts WHERE id = \(ids[1])") == 0)

            let twitterIdentity = try await hub.count("SELECT id FROM contact_identities WHERE channel = 'twitter'")
            let split = try await hub.send(
                admin, .post, "/api/v1/citizens/contacts/\(ids[0])/split", ["identity": twitterIdentity])
            #expect(split.status == .created)
            #expect(try await hub.count("SELECT count(DISTINCT contact_id) FROM contact_identities") == 2)
            // The last identity cannot be split off, and a contact cannot merge into itself.
            let last = try await hub.count("SELECT id FROM contact_identities WHERE channel = 'api'")
            let lastSplit = try await hub.send(
                admin, .post, "/api/v1/citizens/contacts/\(ids[0])/split", ["identity": last])
            #expect(lastSplit.status == .badRequest, "\(String(buffer: lastSplit.body))")
            #expect(
                try await hub.send(admin, .post, "/api/v1/citizens/contacts/\(ids[0])/merge", ["from": ids[0]])
                    .status == .badRequest)
        }
    }

    /// The migration's SQL gives existing identities the same keys as the intake's Swift.
    @Test func theSQLAndSwiftKeysAgree() async throws {
        try await withFreshDatabase { client in
            let samples = [
                ("sms", "+6281234567890"), ("sms", "6281234567890"), ("sms", "081234567890"), ("api", "0812-3456-7890"),
                ("whatsapp", "6281234567890"), ("sms", "+31612345678"), ("sms", "0031612345678"), ("sms", "1708"),
                ("sms", "628123"), ("email", "Warga.Gambir@Example.ID"), ("api", "warga@example.id"),
                ("email", "not an address"), ("twitter", "1234567890"), ("api", "walkin-0001"), ("sms", " "),
            ]
            for (channel, handle) in samples {
                let sql =
                    try await client.query("SELECT aspirasi_contact_key(\(channel), \(handle))")
                    .collect().first.map { try $0.decode(String?.self) } ?? nil
                #expect(sql == ContactKey.of(channel: channel, handle: handle), "\(channel) \(handle)")
            }
        }
    }
}
