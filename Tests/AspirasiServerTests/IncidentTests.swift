import AspirasiCore
import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import Foundation
import HummingbirdTesting
import PostgresNIO
import Testing

/// Surges become incidents (issue 18, item 4): detection, its notice once per contact, and the
/// koordinator's actions on a whole incident.
@Suite struct IncidentTests {
    /// The kota's two contacts and the Suku Dinas SDA's one: three notices per incident.
    func addOfficials(_ hub: LiveHub) async throws {
        try await hub.addContacts("31.71", ["+6281100000001", "+6281100000002"])
        try await hub.addContacts("31.71-SDA", ["+6281100000003"])
    }

    /// Two hubs' detectors at once, each on its own connection pool.
    func detectTwice(_ hub: LiveHub) async throws -> [IncidentDetector.Round] {
        let other = PostgresClient(configuration: hub.databaseConfiguration, backgroundLogger: .quiet)
        return try await withThrowingTaskGroup(of: Void.self, returning: [IncidentDetector.Round].self) { group in
            group.addTask { await other.run() }
            defer { group.cancelAll() }
            async let first = hub.detector().round()
            async let second = hub.detector(other).round()
            return try await [first, second]
        }
    }

    @Test func aFloodIsOneIncidentWithOneNoticePerContactAndOneReplyPerReporter() async throws {
        try await withLiveHub { hub in
            try await addOfficials(hub)
            // 200 reports over 3 kelurahan in 30 minutes, from 170 citizens (30 of them report twice).
            let firstWave = try await hub.flood(100, authors: 100, tag: "wave1")
            let rounds = try await detectTwice(hub)
            #expect(rounds.flatMap(\.opened).count == 1)
            #expect(try await hub.count("SELECT count(*) FROM incidents") == 1)
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE incident_id IS NOT NULL") == 100)
            #expect(try await hub.deliveries(template: "incident_opened") == 3)

            // The rest of the flood joins the open incident; nobody is told again.
            let secondWave = try await hub.flood(100, authors: 70, firstAuthor: 100, tag: "wave2")
            _ = try await detectTwice(hub)
            _ = try await hub.detector().round()
            #expect(try await hub.count("SELECT count(*) FROM incidents") == 1)
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE incident_id IS NOT NULL") == 200)
            #expect(try await hub.deliveries(template: "incident_opened") == 3)
            #expect(
                try await hub.count(
                    """
                    SELECT count(DISTINCT unit_contact_id) FROM deliveries WHERE payload->>'template' = 'incident_opened'
                    """) == 3)
            #expect(
                try await hub.text(
                    "SELECT payload->>'count' FROM deliveries WHERE payload->>'template' = 'incident_opened' LIMIT 1")
                    == "100")

            let token = try await hub.signIn("koordinator.jp", unit: "31.71", role: .koordinator)
            let list = try json(try await hub.get(token, "/api/v1/incidents"))
            let incidents = list["incidents"] as? [[String: Any]] ?? []
            #expect(incidents.count == 1)
            let id = incidents.first?["id"] as? Int ?? 0
            #expect(incidents.first?["reports"] as? Int == 200)
            #expect(incidents.first?["category"] as? String == "banjir")
            let detail = try json(try await hub.get(token, "/api/v1/incidents/\(id)"))
            let listed = Set(
                (detail["reports"] as? [[String: Any]] ?? []).compactMap { $0["tracking_number"] as? String })
            #expect(listed == Set(firstWave + secondWave))

            // One reply to all: each of the 170 people (reporters and followers) once, on their own channel.
            let people = try await hub.count(
                """
                SELECT count(DISTINCT f.identity_id) FROM report_followers f JOIN reports r ON r.id = f.report_id
                WHERE r.incident_id = \(id)
                """)
            #expect(people == 170)
            let reply: [String: any Sendable] = [
                "idempotency_key": "balas-1", "note": "Petugas SDA dan pompa sedang menuju lokasi.",
            ]
            // The intake closed most of the flood as duplicates of a few open reports, which they follow.
            let open = try await hub.count(
                "SELECT count(*) FROM reports WHERE incident_id = \(id) AND status NOT IN ('selesai', 'ditolak')")
            #expect(open >= 3)
            let first = try await hub.send(token, .post, "/api/v1/incidents/\(id)/reply", reply)
            #expect(first.status == .ok, "\(String(buffer: first.body))")
            let outcome = try json(first)
            #expect(outcome["acted"] as? Int == open)
            #expect(outcome["deliveries_queued"] as? Int == 170)
            #expect(outcome["repeated"] as? Bool == false)
            let again = try json(try await hub.send(token, .post, "/api/v1/incidents/\(id)/reply", reply))
            #expect(again["repeated"] as? Bool == true)
            #expect(again["deliveries_queued"] as? Int == 170)
            #expect(try await hub.deliveries(template: "reply") == 170)
            #expect(
                try await hub.count(
                    "SELECT count(DISTINCT identity_id) FROM deliveries WHERE payload->>'template' = 'reply'") == 170)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM report_events WHERE kind = 'replied' AND data->>'incident' IS NOT NULL")
                    == open)
        }
    }

    @Test func disposingAndCompletingAnIncidentClosesIt() async throws {
        try await withLiveHub { hub in
            try await addOfficials(hub)
            let numbers = try await hub.flood(24, tag: "small")
            let round = try await hub.detector().round()
            #expect(round.opened.count == 1)
            let id = round.opened.first ?? 0
            let token = try await hub.signIn("koordinator.jp", unit: "31.71", role: .koordinator)

            // Selesai needs the photo set first, and changes nothing without it.
            let refused = try await hub.send(
                token, .post, "/api/v1/incidents/\(id)/complete", ["idempotency_key": "tl-0", "note": "Air surut."])
            #expect(refused.status == .badRequest)
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE status = 'selesai'") == 0)

            let open = try await hub.count(
                "SELECT count(*) FROM reports WHERE incident_id = \(id) AND status NOT IN ('selesai', 'ditolak')")
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE incident_id = \(id)") == 24)
            let photo = try await hub.http.execute(
                uri: "/api/v1/incidents/\(id)/photos", method: .post,
                headers: [.authorization: "Bearer \(token)", .contentType: "image/jpeg"],
                body: .init(bytes: tinyJPEG))
            #expect(photo.status == .created)
            let photoID = try json(photo)["id"] as? Int ?? 0
            let done = try await hub.send(
                token, .post, "/api/v1/incidents/\(id)/complete",
                ["idempotency_key": "tl-1", "note": "Air sudah surut, saluran dibersihkan.", "photos": [photoID]])
            #expect(done.status == .ok, "\(String(buffer: done.body))")
            let outcome = try json(done)
            #expect(outcome["acted"] as? Int == open)
            #expect(outcome["closed"] as? Bool == true)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM reports WHERE tracking_number = ANY(ARRAY['\(numbers.joined(separator: "','"))']) AND status IN ('selesai', 'ditolak')"
                )
                    == 24)
            #expect(try await hub.count("SELECT count(*) FROM incidents WHERE closed_at IS NOT NULL") == 1)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM report_events WHERE kind = 'completed' AND data->'photos' @> '[\(photoID)]'")
                    == open)
            // A closed incident takes no more actions, and a later round opens nothing new.
            let late = try await hub.send(
                token, .post, "/api/v1/incidents/\(id)/reply", ["idempotency_key": "late", "note": "Terima kasih."])
            #expect(late.status == .badRequest)
            #expect(try await hub.detector().round().opened.isEmpty)
        }
    }

    @Test func anIncidentClosesWhenItsReportsAreDoneOneByOne() async throws {
        try await withLiveHub { hub in
            let numbers = try await hub.flood(12, tag: "one-by-one")
            let id = try await hub.detector().round().opened.first ?? 0
            #expect(id > 0)
            // The intake closed some of the flood as duplicates already: the last one left open is kept open.
            let lastOpen = try #require(
                try await hub.text(
                    """
                    SELECT tracking_number FROM reports WHERE incident_id = \(id)
                    AND status NOT IN ('selesai', 'ditolak') ORDER BY id DESC LIMIT 1
                    """))
            try await hub.database.query(
                """
                UPDATE reports SET status = 'ditolak', reject_reason = 'duplikat', closed_at = now()
                WHERE tracking_number = ANY(\(numbers)::text[]) AND tracking_number <> \(lastOpen)
                """)
            #expect(try await hub.detector().round().closed == 0)
            try await hub.database.query(
                """
                UPDATE reports SET status = 'ditolak', reject_reason = 'duplikat', closed_at = now()
                WHERE tracking_number = \(lastOpen)
                """)
            #expect(try await hub.detector().round().closed == 1)
            #expect(try await hub.count("SELECT count(*) FROM incidents WHERE closed_at IS NULL") == 0)
        }
    }

    @Test func aNormalDaysScatteredReportsOpenNoIncident() async throws {
        try await withLiveHub { hub in
            try await addOfficials(hub)
            // 60 reports of a day over 20 kelurahan across the city, three each, spread over 24 hours.
            let scattered = try ReferencePoints.kelurahan().map(\.code).sorted().enumerated()
                .filter { $0.offset % 13 == 0 }.prefix(20).map(\.element)
            _ = try await hub.flood(60, over: Array(scattered), minutes: 24 * 60, tag: "day")
            let round = try await hub.detector().round()
            #expect(round.opened.isEmpty)
            #expect(try await hub.count("SELECT count(*) FROM incidents") == 0)
            #expect(try await hub.deliveries(template: "incident_opened") == 0)
        }
    }

    @Test func aBusyAreasUsualRateIsNoSurgeButThreeTimesItIs() async throws {
        try await withLiveHub { hub in
            // The last four weeks: 4,000 banjir reports in Gambir, about six an hour (all done).
            try await hub.database.query(
                """
                INSERT INTO reports (tracking_number, channel, category_code, status, description, kelurahan_code,
                                     owner_unit, handler_unit, reported_at, created_at, closed_at)
                SELECT 'BASE-' || n, 'sms', 'banjir', 'selesai', 'baseline', '31.71.01.1001', '31.71.01.1001',
                       '31.71.01.1001', now() - make_interval(mins => 61 + n * 10), now() - make_interval(mins => 61 + n * 10),
                       now() - make_interval(mins => 61 + n * 10)
                FROM generate_series(1, 4000) n
                """)
            // 15 in the last half hour: more than the rule's 10, fewer than three times the usual six.
            _ = try await hub.flood(15, over: ["31.71.01.1001"], tag: "busy")
            #expect(try await hub.detector().round().opened.isEmpty)
            // 25: more than three times the usual.
            _ = try await hub.flood(10, over: ["31.71.01.1001"], tag: "busier")
            #expect(try await hub.detector().round().opened.count == 1)
        }
    }

    @Test func anAdminTunesACategorysThresholds() async throws {
        try await withLiveHub { hub in
            let admin = try await hub.signIn("admin.dki", unit: "31", role: .admin)
            let rule: [String: any Sendable] = [
                "enabled": true, "min_reports": 30, "window_minutes": 60, "radius_m": 3000, "surge_factor": 3,
            ]
            let set = try await hub.send(admin, .put, "/api/v1/categories/banjir/incident-rule", rule)
            #expect(set.status == .ok, "\(String(buffer: set.body))")
            var bad = rule
            bad["radius_m"] = 5
            let refused = try await hub.send(admin, .put, "/api/v1/categories/banjir/incident-rule", bad)
            #expect(refused.status == .badRequest)
            #expect(String(buffer: refused.body).contains("radius_m"))
            _ = try await hub.flood(20, tag: "tuned")
            #expect(try await hub.detector().round().opened.isEmpty)
            let rules = try json(try await hub.get(admin, "/api/v1/incident-rules"))["rules"] as? [[String: Any]] ?? []
            #expect(rules.first { $0["category"] as? String == "banjir" }?["min_reports"] as? Int == 30)
        }
    }

    @Test func theConsoleQueueShowsAnIncidentAsOneLine() async throws {
        try await withLiveHub { hub in
            let numbers = try await hub.flood(20, tag: "console")
            let other = try await hub.newReport("pothole")
            let id = try await hub.detector().round().opened.first ?? 0
            var browser = try await ConsoleBrowser.signIn(hub, "koordinator.jp", unit: "31.71", role: .koordinator)
            let queue = String(buffer: try await browser.get("/console/reports").body)
            #expect(queue.components(separatedBy: "href=\"/console/insiden/\(id)\"").count == 2)
            #expect(queue.contains("20 laporan"))
            #expect(queue.contains(other))
            #expect(numbers.allSatisfy { !queue.contains($0) })

            let page = try await browser.get("/console/insiden/\(id)")
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(numbers.allSatisfy { html.contains($0) })
            #expect(html.contains("Balas Warga"))
            // The reply form sent twice (its key is the page's): every reporter hears it once.
            let key =
                html.components(separatedBy: "name=\"idempotency_key\" value=\"").dropFirst().first?
                .prefix { $0 != "\"" } ?? ""
            #expect(!key.isEmpty)
            for _ in 0..<2 {
                let sent = try await browser.post(
                    "/console/insiden/\(id)/reply", ["idempotency_key": String(key), "note": "Pompa menuju lokasi."])
                #expect(sent.status == .seeOther)
            }
            #expect(try await hub.deliveries(template: "reply") == 20)
        }
    }
}
