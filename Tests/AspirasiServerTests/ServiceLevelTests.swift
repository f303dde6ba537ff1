import AspirasiCore
import AspirasiServer
import AspirasiStore
import Foundation
import HummingbirdTesting
import PostgresNIO
import Testing

@Suite struct ServiceLevelTests {
    /// The SLA worker as `serve` runs it, driven one round at a time.
    func worker(_ hub: LiveHub) -> ServiceLevelWorker {
        ServiceLevelWorker(store: ServiceLevelStore(hub.database), workingHours: .jakartaDefault, logger: .quiet)
    }

    /// Moves a report's clock `minutes` into the past, as if that much time had gone by.
    func age(_ hub: LiveHub, _ number: String, minutes: Int) async throws {
        try await hub.database.query(
            """
            UPDATE reports SET sla_started_at = now() - make_interval(mins => \(minutes)::int), sla_check_at = now()
            WHERE tracking_number = \(number)
            """)
    }

    func escalations(_ hub: LiveHub, _ number: String) async throws -> [String] {
        var found: [String] = []
        for try await (deadline, level, cycle) in try await hub.database.query(
            """
            SELECT e.deadline, e.level, e.cycle FROM report_escalations e JOIN reports r ON r.id = e.report_id
            WHERE r.tracking_number = \(number) ORDER BY e.cycle, e.deadline DESC, e.level
            """
        ).decode((String, Int, Int).self) { found.append("\(cycle):\(deadline):\(level)") }
        return found
    }

    func addContacts(_ hub: LiveHub, admin: String) async throws {
        for (unit, role, phone) in [
            (gambir, "lurah", "+6281100000001"), (kecamatanGambir, "camat", "+6281100000002"),
            ("31.71", "walikota", "+6281100000003"),
        ] {
            let response = try await hub.send(
                admin, .post, "/api/v1/units/\(unit)/contacts", ["role": role, "channel": "sms", "address": phone])
            #expect(response.status == .created)
        }
    }

    /// Late, later, latest: lurah, then camat, then walikota, each once; a response stops the response
    /// escalations, completion keeps its own; a reopen starts a new cycle.
    @Test func aLateReportClimbsOneLevelAtATimeAndOnlyOnce() async throws {
        do { try await late() } catch { print("DEBUG", String(reflecting: error)); throw error }
    }

    func late() async throws {
        try await withLiveHub { hub in
            let admin = try await hub.signIn("admin", unit: "31", role: .admin)
            try await addContacts(hub, admin: admin)
            let target: [String: any Sendable] = [
                "response_minutes": 60, "completion_minutes": 240, "clock": "continuous",
            ]
            let set = try await hub.send(admin, .put, "/api/v1/categories/jalan_rusak/service-level", target)
            #expect(set.status == .ok)
            #expect(try json(set)["clock"] as? String == "continuous")
            let number = try await hub.newReport("sla-1")
            let sla = worker(hub)

            try await sla.runOnce()
            #expect(try await escalations(hub, number).isEmpty)
            let petugas = try await hub.signIn("petugas.gambir", unit: gambir, role: .petugas)
            var detail = try json(try await hub.get(petugas, "/api/v1/reports/\(number)"))
            let level = detail["service_level"] as? [String: Any]
            #expect(level?["response_due_at"] is String)
            #expect(level?["overdue"] as? Bool == false)

            try await age(hub, number, minutes: 70)
            var round = try await sla.runOnce()
            #expect(round.escalations == 1)
            #expect(try await escalations(hub, number) == ["0:response:1"])
            let lurahMessages =
                "SELECT count(*) FROM deliveries WHERE recipient = '+6281100000001' AND payload->>'template' LIKE 'escalation%'"
            #expect(try await hub.count(lurahMessages) == 1)
            // Again, with nothing changed: nothing new.
            try await hub.database.query("UPDATE reports SET sla_check_at = now() WHERE tracking_number = \(number)")
            round = try await sla.runOnce()
            #expect(round.escalations == 0)
            #expect(try await hub.count(lurahMessages) == 1)
            #expect(try json(try await hub.get(petugas, "/api/v1/reports?overdue=true"))["total"] as? Int == 1)

            try await age(hub, number, minutes: 130)
            try await sla.runOnce()
            #expect(try await escalations(hub, number) == ["0:response:1", "0:response:2"])
            #expect(try await hub.count("SELECT count(*) FROM deliveries WHERE recipient = '+6281100000002'") == 1)

            // Someone picks it up: no third response level, but completion is still watched.
            #expect(try await hub.act(petugas, number, "start").status == .ok)
            try await age(hub, number, minutes: 250)
            try await sla.runOnce()
            #expect(try await escalations(hub, number) == ["0:response:1", "0:response:2", "0:completion:1"])
            let texts = try await hub.count(
                "SELECT count(*) FROM deliveries WHERE payload->>'template' = 'escalation_completion' AND recipient = '+6281100000001'"
            )
            #expect(texts == 1)
            let events = try await hub.count(
                "SELECT count(*) FROM report_events WHERE kind = 'escalated' AND actor_kind = 'system' AND NOT public")
            #expect(events == 3)
            detail = try json(try await hub.get(petugas, "/api/v1/reports/\(number)"))
            #expect((detail["service_level"] as? [String: Any])?["overdue"] as? Bool == true)

            // Done, disputed, reopened: a new cycle with its own escalations.
            let photo = try #require(try json(try await hub.uploadPhoto(petugas, number))["id"] as? Int)
            #expect(
                try await hub.act(petugas, number, "complete", ["note": "selesai", "photos": [photo]]).status == .ok)
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE sla_check_at IS NOT NULL") == 0)
            let koordinator = try await hub.signIn("koor.gambir", unit: gambir, role: .koordinator)
            let reopened = try await hub.act(koordinator, number, "reopen", ["note": "warga keberatan"])
            #expect(reopened.status == .ok, "\(String(buffer: reopened.body))")
            try await age(hub, number, minutes: 61)
            try await sla.runOnce()
            #expect(try await escalations(hub, number).suffix(1) == ["1:response:1"])
        }
    }

    /// Two hub processes' workers racing over the same late reports: each escalation exactly once.
    @Test func racingWorkersEscalateEachLevelOnce() async throws {
        try await withLiveHub { hub in
            let admin = try await hub.signIn("admin", unit: "31", role: .admin)
            try await addContacts(hub, admin: admin)
            _ = try await hub.send(
                admin, .put, "/api/v1/categories/jalan_rusak/service-level",
                ["response_minutes": 60, "completion_minutes": 120, "clock": "continuous"])
            var numbers: [String] = []
            for index in 0..<30 {
                // Spread out so they are not duplicates of one another.
                let lat = -6.1760 + Double(index % 6) * 0.0015
                let lon = 106.8230 + Double(index / 6) * 0.0015
                numbers.append(try await hub.newReport("race-\(index)", ["lat": lat, "lon": lon]))
            }
            try await hub.database.query(
                "UPDATE reports SET sla_started_at = now() - interval '150 minutes', sla_check_at = now()")
            try await PostgresClient.withRunning(hub.databaseConfiguration, logger: .quiet) { second in
                let one = ServiceLevelWorker(
                    store: ServiceLevelStore(hub.database), workingHours: .jakartaDefault, batchSize: 7, logger: .quiet)
                let two = ServiceLevelWorker(
                    store: ServiceLevelStore(second), workingHours: .jakartaDefault, batchSize: 7, logger: .quiet)
                async let first: Void = { for _ in 0..<8 { try await one.runOnce() } }()
                async let other: Void = { for _ in 0..<8 { try await two.runOnce() } }()
                _ = try await (first, other)
            }
            let reports = try await hub.count("SELECT count(DISTINCT report_id) FROM report_escalations")
            #expect(reports == 30)
            // 150 minutes: response levels 1 and 2 (60, 120), completion level 1 (120).
            #expect(try await hub.count("SELECT count(*) FROM report_escalations") == 90)
            #expect(try await hub.count("SELECT count(*) FROM report_events WHERE kind = 'escalated'") == 90)
            let duplicates = try await hub.count(
                "SELECT count(*) FROM (SELECT recipient, payload FROM deliveries WHERE kind = 'notification' AND payload->>'template' LIKE 'escalation%' GROUP BY 1, 2 HAVING count(*) > 1) d"
            )
            #expect(duplicates == 0)
        }
    }

    @Test func adminsSetTargetsHolidaysAndContactsAndNobodyElseDoes() async throws {
        try await withLiveHub { hub in
            let admin = try await hub.signIn("admin", unit: "31", role: .admin)
            let koordinator = try await hub.signIn("koor.gambir", unit: gambir, role: .koordinator)

            let categories =
                try json(try await hub.get(koordinator, "/api/v1/categories"))["categories"] as? [[String: Any]]
            let fire = categories?.first { $0["code"] as? String == "kebakaran" }
            #expect(fire?["clock"] as? String == "continuous")
            #expect(fire?["response_minutes"] as? Int == 15)

            let uri = "/api/v1/categories/sampah/service-level"
            var response = try await hub.send(
                admin, .put, uri, ["response_minutes": 120, "completion_minutes": 60, "clock": "working"])
            #expect(response.status == .badRequest)
            #expect((try json(response)["error"] as? [String: Any])?["parameter"] as? String == "completion_minutes")
            response = try await hub.send(
                admin, .put, uri, ["response_minutes": 60, "completion_minutes": 600, "clock": "x"])
            #expect((try json(response)["error"] as? [String: Any])?["parameter"] as? String == "clock")
            response = try await hub.send(
                admin, .put, "/api/v1/categories/nope/service-level",
                ["response_minutes": 60, "completion_minutes": 600, "clock": "working"])
            #expect(response.status == .notFound)
            response = try await hub.send(
                koordinator, .put, uri, ["response_minutes": 60, "completion_minutes": 600, "clock": "working"])
            #expect(response.status == .forbidden)
            response = try await hub.send(
                admin, .put, uri, ["response_minutes": 30, "completion_minutes": 600, "clock": "working"])
            #expect(try json(response)["response_minutes"] as? Int == 30)
            // A re-import follows the file for untouched categories and keeps what an admin set.
            try await hub.database.query("UPDATE categories SET response_minutes = 1 WHERE code = 'pohon'")
            _ = try await ReferenceDataImporter(files: ReferenceFiles.locate()).importAll(hub.database, logger: .quiet)
            #expect(try await hub.count("SELECT response_minutes FROM categories WHERE code = 'sampah'") == 30)
            #expect(try await hub.count("SELECT response_minutes FROM categories WHERE code = 'pohon'") == 120)

            // The 2026 holidays ship with the hub; 2027's are added by hand.
            let holidays = try json(try await hub.get(koordinator, "/api/v1/holidays"))["holidays"] as? [[String: Any]]
            #expect(holidays?.contains { $0["day"] as? String == "2026-08-17" } == true)
            response = try await hub.send(admin, .put, "/api/v1/holidays/2027-01-01", ["name": "Tahun Baru 2027"])
            #expect(response.status == .created)
            response = try await hub.send(
                admin, .put, "/api/v1/holidays/2027-01-01", ["name": "Tahun Baru 2027 Masehi"])
            #expect(response.status == .ok)
            #expect(try await hub.send(admin, .put, "/api/v1/holidays/2027-02-30", ["name": "x"]).status == .badRequest)
            #expect(try await hub.send(admin, .put, "/api/v1/holidays/0000-01-01", ["name": "x"]).status == .badRequest)
            #expect(try await hub.send(admin, .put, "/api/v1/holidays/2027-01-02", ["name": ""]).status == .badRequest)
            #expect(try await hub.send(koordinator, .delete, "/api/v1/holidays/2027-01-01").status == .forbidden)
            #expect(try await hub.send(admin, .delete, "/api/v1/holidays/2027-01-01").status == .noContent)
            #expect(try await hub.send(admin, .delete, "/api/v1/holidays/2027-01-01").status == .notFound)

            // Contacts hold phone numbers: admins only, and the address must fit the channel.
            let contacts = "/api/v1/units/\(gambir)/contacts"
            response = try await hub.send(
                admin, .post, contacts, ["role": "lurah", "channel": "sms", "address": "bukan nomor"])
            #expect((try json(response)["error"] as? [String: Any])?["parameter"] as? String == "address")
            response = try await hub.send(
                admin, .post, contacts, ["role": "lurah", "channel": "twitter", "address": "x"])
            #expect((try json(response)["error"] as? [String: Any])?["parameter"] as? String == "channel")
            response = try await hub.send(
                koordinator, .post, contacts, ["role": "lurah", "channel": "sms", "address": "+6281100000001"])
            #expect(response.status == .forbidden)
            #expect(try await hub.get(koordinator, contacts).status == .forbidden)
            response = try await hub.send(
                admin, .post, contacts, ["role": "lurah", "channel": "email", "address": "lurah@gambir.go.id"])
            #expect(response.status == .created)
            let id = try #require(try json(response)["id"] as? Int)
            #expect(
                try await hub.send(
                    admin, .post, "/api/v1/units/99/contacts",
                    ["role": "x", "channel": "sms", "address": "+6281100000001"]
                ).status == .notFound)
            #expect(try await hub.send(admin, .delete, "\(contacts)/\(id)").status == .noContent)
            let listed = try json(try await hub.get(admin, contacts))["contacts"] as? [[String: Any]]
            #expect(listed?.first?["active"] as? Bool == false)
        }
    }
}
