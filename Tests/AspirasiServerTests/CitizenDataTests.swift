import AspirasiCore
import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import ChannelKit
import Foundation
import HTTPTypes
import Logging
import PostgresNIO
import Testing

@Suite struct CitizenDataTests {
    @Test func anExportHoldsTheCitizensDataAndNothingOfAnother() async throws {
        try await withLiveHub { hub in
            let fixture = try await CitizenFixture.seed(hub)
            let admin = try await hub.signIn("admin.province", unit: "31", role: .admin)
            let response = try await hub.send(admin, .post, "/api/v1/citizens/export", ["contact": "0812 9999 0001"])
            #expect(response.status == .ok)
            let body = String(buffer: response.body)
            let export = try json(response)
            let identities = export["identities"] as? [[String: Any]] ?? []
            #expect(Set(identities.compactMap { $0["channel"] as? String }) == ["sms", "api"])
            let reports = export["reports"] as? [[String: Any]] ?? []
            let own = reports.first { $0["tracking_number"] as? String == fixture.rahmasReport }
            let followed = reports.first { $0["tracking_number"] as? String == fixture.bambangsReport }
            // Her note on Bambang's report makes her no follower of it (only reporters follow).
            #expect(reports.count == 1)
            #expect(followed == nil)
            #expect(own?["role"] as? String == "reporter")
            #expect((own?["description"] as? String)?.hasPrefix("Zebracross7731") == true)
            #expect(own?["address"] as? String == "Jl. Melati 7731 RT 05")
            let messages = export["messages"] as? [[String: Any]] ?? []
            #expect(messages.count == 2)
            #expect(messages.contains { ($0["photos"] as? [String]) == ["https://photos.example/rahma/1.jpg"] })
            let deliveries = export["deliveries"] as? [[String: Any]] ?? []
            #expect(deliveries.count == 3, "two acknowledgements and the officer's reply")
            #expect(deliveries.contains { ($0["payload"] as? [String: String])?["note"] == "Akan kami cek minggu ini" })
            for other in ["Bambang", "88880002", "8842", "Citra", "77770003", "mampet"] {
                #expect(!body.contains(other), "\(other) is someone else's")
            }

            let unknown = try await hub.send(admin, .post, "/api/v1/citizens/export", ["contact": "+6289900000000"])
            #expect(unknown.status == .notFound)
            let nonsense = try await hub.send(admin, .post, "/api/v1/citizens/export", ["contact": "budi"])
            #expect(nonsense.status == .badRequest)
            #expect((try json(nonsense)["error"] as? [String: Any])?["parameter"] as? String == "contact")
        }
    }

    @Test func anErasureLeavesNoTraceOfTheCitizenAndKeepsTheReportsFacts() async throws {
        try await withLiveHub { hub in
            let fixture = try await CitizenFixture.seed(hub)
            let before = try await CitizenFixture.traces(hub.database, of: CitizenFixture.rahmasTraces)
            #expect(before.count == CitizenFixture.rahmasTraces.count, "each trace is there to begin with: \(before)")
            let facts = "SELECT status || category_code || kelurahan_code || reported_at FROM reports ORDER BY id"
            let factsBefore = try await hub.text("SELECT string_agg(x, '|') FROM (\(facts)) f(x)")
            let reportsBefore = try await hub.count("SELECT count(*) FROM reports")

            let logs = CapturedLogs()
            let summary = try await CitizenDataStore(hub.database).erase(
                try #require(CitizenContact("+62 812-9999-0001")), by: .commandLine, logger: logs.logger)
            #expect(summary.identities == 2)
            #expect(summary.messages == 2)
            #expect(summary.reports == 2)
            #expect(summary.photos == 1)
            #expect(summary.deliveries == 3 && summary.cancelledDeliveries == 3)

            let after = try await CitizenFixture.traces(hub.database, of: CitizenFixture.rahmasTraces)
            #expect(after.isEmpty, "left behind: \(after)")
            #expect(try await hub.count("SELECT count(*) FROM reports") == reportsBefore)
            #expect(try await hub.text("SELECT string_agg(x, '|') FROM (\(facts)) f(x)") == factsBefore)
            #expect(
                try await hub.text("SELECT description FROM reports WHERE tracking_number = '\(fixture.rahmasReport)'")
                    == CitizenDataStore.erasedText)
            #expect(
                try await hub.count("SELECT count(*) FROM report_events WHERE kind = 'citizen_erased' AND NOT public")
                    == 2)
            #expect(try await hub.text("SELECT requested_by FROM citizen_erasures") == "cli")
            // Bambang and Citra keep everything but a payload that quoted her.
            let others = try await CitizenFixture.traces(hub.database, of: ["Bambang Widodo", "88880002", "8842"])
            #expect(others.count == 3)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM inbound_messages WHERE external_id = 'bambang-api-1' AND raw_payload IS NOT NULL"
                ) == 1)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM inbound_messages WHERE external_id = 'citra-api-3' AND raw_payload IS NULL")
                    == 1)
            for trace in CitizenFixture.rahmasTraces + ["Rahma", "0812"] {
                #expect(!logs.text.contains(trace), "the log names no one: \(logs.text)")
            }
            #expect(logs.text.contains("citizen data erased"))

            let again = try await CitizenDataStore(hub.database).erase(
                try #require(CitizenContact("081299990001")), by: .commandLine)
            #expect(again == .nothing, "a second erasure finds nothing")
            #expect(try await hub.count("SELECT count(*) FROM citizen_erasures") == 2)
            #expect(try await hub.text("SELECT string_agg(x, '|') FROM (\(facts)) f(x)") == factsBefore)
        }
    }

    @Test func nothingOwedToAnErasedCitizenIsSent() async throws {
        let script = FakeChannelScript([])
        try await withFakeChannel(script) { url in
            try await withLiveHub { hub in
                _ = try await CitizenFixture.seed(hub)
                let admin = try await hub.signIn("admin.province", unit: "31", role: .admin)
                let erased = try await hub.send(
                    admin, .post, "/api/v1/citizens/erase", ["contact": "+62 812 9999 0001"])
                #expect(erased.status == .ok)
                #expect(try json(erased)["cancelled_deliveries"] as? Int == 3)
                let owedToOthers = try await hub.count("SELECT count(*) FROM deliveries WHERE state = 'pending'")
                #expect(owedToOthers > 0)

                let sender = HTTPCallbackSender(url: url, timeout: .seconds(5))
                let worker = DeliveryWorker(
                    outbox: OutboxStore(hub.database), senders: [.sms: sender, .api: sender], name: "erasure-test",
                    logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
                let drained = try await eventually(within: .seconds(20)) {
                    try await worker.runOnce()
                    return try await hub.count("SELECT count(*) FROM deliveries WHERE state = 'pending'") == 0
                }
                #expect(drained)
                let received = await script.received
                #expect(received.count == owedToOthers)
                #expect(!received.contains { $0.body.contains("99990001") }, "nothing went to her")
                #expect(try await hub.count("SELECT count(*) FROM deliveries WHERE state = 'cancelled'") == 3)

                let cancelled = try await hub.count("SELECT min(id) FROM deliveries WHERE state = 'cancelled'")
                let replay = try await hub.send(admin, .post, "/api/v1/deliveries/\(cancelled)/replay")
                #expect(replay.status == .notFound, "a cancelled delivery cannot be replayed")
            }
        }
    }

    @Test func onlyAdminsHandleCitizensData() async throws {
        try await withLiveHub { hub in
            _ = try await CitizenFixture.seed(hub)
            let body = ["contact": "+6281288880002"]
            for role in [Role.petugas, .koordinator, .pimpinan] {
                let token = try await hub.signIn("\(role.rawValue).data", unit: gambir, role: role)
                for path in ["/api/v1/citizens/export", "/api/v1/citizens/erase"] {
                    #expect(try await hub.send(token, .post, path, body).status == .forbidden, "\(role) \(path)")
                }
            }
            #expect(try await hub.send(nil, .post, "/api/v1/citizens/erase", body).status == .unauthorized)
            #expect(try await hub.count("SELECT count(*) FROM contact_identities WHERE handle = '+6281288880002'") == 1)

            // Citizens belong to no unit: a kelurahan's admin may not, the province's may.
            let local = try await hub.signIn("admin.data", unit: gambir, role: .admin)
            #expect(try await hub.send(local, .post, "/api/v1/citizens/erase", body).status == .forbidden)
            let admin = try await hub.signIn("admin.province", unit: "31", role: .admin)
            let erased = try await hub.send(admin, .post, "/api/v1/citizens/erase", body)
            #expect(erased.status == .ok)
            #expect(try json(erased)["identities"] as? Int == 1)
            #expect(try await hub.count("SELECT count(*) FROM contact_identities WHERE handle = '+6281288880002'") == 0)
            #expect(try await hub.text("SELECT requested_by FROM citizen_erasures")?.hasPrefix("officer:") == true)
        }
    }
}
