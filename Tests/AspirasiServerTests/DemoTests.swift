import AspirasiCore
import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import Foundation
import HummingbirdTesting
import NIOCore
import PostgresNIO
import Testing

/// `aspirasi demo`: a synthetic month that the API shows like real work.
@Suite struct DemoTests {
    static func generate(_ reports: Int, force: Bool = false, into client: PostgresClient) async throws
        -> DemoGenerator.Summary
    {
        var options = DemoGenerator.Options()
        options.reports = reports
        options.force = force
        return try await DemoGenerator(client: client).run(
            options, hashPassword: { try await PasswordHasher(cost: 4).hash($0) })
    }

    /// Reports in every kota, channel and status, each with its status cached as its last status event
    /// says, every kind of delivery state, photos of both kinds, linked duplicates, overdue reports, and an
    /// account per role that signs in and sees them through the API.
    @Test func demoFillsAnEmptyDatabaseWithEveryKindOfReport() async throws {
        let database = try await TestCluster.shared.freshDatabase()
        let summary = try await PostgresClient.withRunning(database, logger: .quiet) { client in
            try await Self.generate(2_000, into: client)
        }
        #expect(summary.reports == 2_000)
        #expect(Set(summary.accounts.map(\.role)) == Set(Role.allCases))
        #expect(summary.accounts.allSatisfy { $0.password != nil })
        try await withLiveHub(database: database) { hub in
            let distinct = { (sql: String) in try await hub.count("SELECT count(DISTINCT x) FROM (\(sql)) t(x)") }
            #expect(try await distinct("SELECT substr(kelurahan_code, 1, 5) FROM reports") == 6)
            #expect(try await distinct("SELECT kelurahan_code FROM reports") >= 250)
            #expect(try await distinct("SELECT channel FROM reports") == Channel.allCases.count)
            #expect(try await distinct("SELECT status FROM reports") == ReportStatus.allCases.count)
            #expect(try await distinct("SELECT reject_reason FROM reports WHERE reject_reason IS NOT NULL") == 4)
            // The status on the report is the one its last status event set.
            #expect(
                try await hub.count(
                    """
                    SELECT count(*) FROM reports r
                    WHERE r.status IS DISTINCT FROM (SELECT e.status_after FROM report_events e
                                                     WHERE e.report_id = r.id AND e.status_after IS NOT NULL
                                                     ORDER BY e.id DESC LIMIT 1)
                    """) == 0)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM reports WHERE (status IN ('selesai', 'ditolak')) <> (closed_at IS NOT NULL)")
                    == 0)
            // Points lie inside their kelurahan; triage reports belong to the province.
            #expect(
                try await hub.count(
                    """
                    SELECT count(*) FROM reports r JOIN kelurahan_areas a ON a.unit_code = r.kelurahan_code
                    WHERE NOT ST_Intersects(a.geom, r.location)
                    """) == 0)
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE needs_triage AND owner_unit = '31'") > 0)
            #expect(
                try await hub.count(
                    """
                    SELECT count(*) FROM reports r JOIN reports o ON o.id = r.duplicate_of
                    WHERE r.reject_reason = 'duplikat'
                      AND EXISTS (SELECT 1 FROM report_events e WHERE e.report_id = o.id AND e.kind = 'duplicate_linked')
                    """) > 0)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM reports WHERE status = 'disposisi' AND handler_unit LIKE '%-%'") > 0)
            #expect(
                try await hub.count(
                    "SELECT count(DISTINCT state || (attempts > 0)::text) FROM deliveries WHERE state <> 'sending'")
                    >= 5)
            // The indexes set aside for the load are back, on every month's partition too.
            #expect(try await hub.count("SELECT count(*) FROM pg_index WHERE NOT indisvalid") == 0)
            #expect(
                try await hub.count(
                    """
                    SELECT count(*) FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhrelid
                    WHERE i.inhparent = 'reports'::regclass
                      AND (SELECT count(*) FROM pg_index x WHERE x.indrelid = p.oid)
                          <> (SELECT count(*) FROM pg_index x WHERE x.indrelid = 'reports'::regclass)
                    """) == 0)
            // Each row holds its key in its key table (migration 0048), the set-based load's `claimKeys` too.
            #expect(
                try await hub.count(
                    """
                    SELECT (SELECT count(*) FROM reports) - (SELECT count(*) FROM report_tracking_numbers)
                         + (SELECT count(*) FROM deliveries) - (SELECT count(*) FROM delivery_keys)
                         + (SELECT count(*) FROM inbound_messages) - (SELECT count(*) FROM inbound_message_keys)
                    """) == 0)
            #expect(try await distinct("SELECT source || content_type FROM report_photos WHERE bytes IS NOT NULL") == 4)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM report_photos WHERE source = 'officer' AND (event_id IS NULL OR uploaded_by IS NULL)"
                )
                    == 0)
            #expect(try await hub.count("SELECT count(*) FROM report_escalations") > 0)
            try await checkServiceLevels(hub)
            try await checkAPI(hub, summary)
        }
    }

    /// The deadlines are those the SLA worker computes on the working calendar, and it owes nothing the demo
    /// has not already sent.
    func checkServiceLevels(_ hub: LiveHub) async throws {
        let calendar = try await ServiceLevelStore(hub.database).calendar(hours: .jakartaDefault)
        let policy = SLAPolicy(calendar: calendar)
        let now = Date()
        var checked = 0
        let rows = try await hub.database.query(
            """
            SELECT r.sla_started_at, r.responded_at IS NOT NULL, r.response_due_at, r.completion_due_at,
                   r.status NOT IN ('selesai', 'ditolak'), c.response_minutes, c.completion_minutes, c.sla_clock,
                   coalesce((SELECT max(level) FROM report_escalations e WHERE e.report_id = r.id AND e.cycle = r.sla_cycle
                             AND e.deadline = 'response'), 0),
                   coalesce((SELECT max(level) FROM report_escalations e WHERE e.report_id = r.id AND e.cycle = r.sla_cycle
                             AND e.deadline = 'completion'), 0)
            FROM reports r JOIN categories c ON c.code = r.category_code
            WHERE r.response_due_at IS NOT NULL ORDER BY r.id LIMIT 400
            """)
        for try await row in rows.decode((Date, Bool, Date, Date, Bool, Int, Int, String, Int, Int).self) {
            let target = try #require(
                ServiceTarget(
                    responseMinutes: row.5, completionMinutes: row.6, clock: SLAClock(rawValue: row.7) ?? .working))
            let response = policy.threshold(level: 1, of: .response, target: target, startedAt: row.0)
            let completion = policy.threshold(level: 1, of: .completion, target: target, startedAt: row.0)
            #expect(abs(response.timeIntervalSince(row.2)) < 1)
            #expect(abs(completion.timeIntervalSince(row.3)) < 1)
            if row.4 {
                let subject = SLASubject(
                    startedAt: row.0, responded: row.1, escalated: [.response: row.8, .completion: row.9])
                let owed = policy.assess(subject, target: target, now: now).escalations
                #expect(owed.allSatisfy { $0.dueAt > now.addingTimeInterval(-180) })
            }
            checked += 1
        }
        #expect(checked == 400)
    }

    /// Each account signs in with its printed password; the koordinator's queue holds the month, a report's page
    /// has its timeline, deliveries and photos; the Gambir petugas sees Gambir's reports only.
    func checkAPI(_ hub: LiveHub, _ summary: DemoGenerator.Summary) async throws {
        var tokens: [String: String] = [:]
        for account in summary.accounts {
            let body = try JSONSerialization.data(
                withJSONObject: ["username": account.username, "password": account.password ?? ""])
            let response = try await hub.http.execute(
                uri: "/api/v1/auth/login", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(bytes: body))
            #expect(response.status == .created, "\(account.username)")
            tokens[account.username] = try json(response)["token"] as? String
        }
        var response = try await hub.get(tokens["demo.koordinator.dki"], "/api/v1/reports?per_page=5")
        #expect(response.status == .ok)
        #expect(try json(response)["total"] as? Int == 2_000)
        let number = try #require(
            try await hub.text(
                """
                SELECT r.tracking_number FROM reports r
                WHERE r.status = 'selesai' AND EXISTS (SELECT 1 FROM report_photos p WHERE p.report_id = r.id AND p.source = 'citizen')
                  AND r.channel <> 'app'
                ORDER BY r.id LIMIT 1
                """))
        response = try await hub.get(tokens["demo.koordinator.dki"], "/api/v1/reports/\(number)")
        #expect(response.status == .ok)
        let detail = try json(response)
        #expect((detail["events"] as? [Any])?.count ?? 0 >= 3)
        #expect((detail["deliveries"] as? [Any])?.isEmpty == false)
        let photos = (detail["photos"] as? [[String: Any]]) ?? []
        #expect(Set(photos.compactMap { $0["source"] as? String }) == ["citizen", "officer"])
        let photo = try #require(photos.first?["id"] as? Int)
        response = try await hub.get(tokens["demo.koordinator.dki"], "/api/v1/photos/\(photo)")
        #expect(response.status == .ok)
        #expect(ImageType.sniff(Array(buffer: response.body)) != nil)
        // The queue's filters by channel and by words or tracking number, and its counts per status.
        response = try await hub.get(tokens["demo.koordinator.dki"], "/api/v1/reports?q=\(number)")
        #expect(try json(response)["total"] as? Int == 1)
        #expect(try json(response)["total_exact"] as? Bool == true)
        response = try await hub.get(
            tokens["demo.koordinator.dki"], "/api/v1/reports?channel=sms&q=sampah&per_page=200")
        let sms = (try json(response)["reports"] as? [[String: Any]]) ?? []
        let expected = try await hub.count(
            "SELECT count(*) FROM reports WHERE channel = 'sms' AND description ILIKE '%sampah%'")
        #expect(sms.count == expected && expected > 0)
        response = try await hub.get(tokens["demo.koordinator.dki"], "/api/v1/reports?channel=pigeon")
        #expect(response.status == .badRequest)
        response = try await hub.get(tokens["demo.koordinator.dki"], "/api/v1/reports/counts")
        let counts = (try json(response)["statuses"] as? [[String: Any]]) ?? []
        #expect(counts.compactMap { $0["count"] as? Int }.reduce(0, +) == 2_000)
        response = try await hub.get(tokens["demo.petugas.gambir"], "/api/v1/reports?per_page=200")
        let gambir = try json(response)
        let listed = (gambir["reports"] as? [[String: Any]]) ?? []
        #expect(!listed.isEmpty)
        #expect(
            listed.allSatisfy {
                ($0["owner_unit"] as? String) == "31.71.01.1001" || ($0["handler_unit"] as? String) == "31.71.01.1001"
            })
    }

    /// A database with reports is refused, and nothing is added; `force` adds to it and keeps the accounts.
    @Test func demoRefusesADatabaseThatHoldsReports() async throws {
        try await withFreshDatabase { client in
            _ = try await Self.generate(300, into: client)
            await #expect(throws: DemoError.notEmpty(reports: 300)) { try await Self.generate(100, into: client) }
            #expect(try await client.count("SELECT count(*) FROM reports") == 300)
            let again = try await Self.generate(100, force: true, into: client)
            #expect(again.reports == 400)
            #expect(again.accounts.count == 5 && again.accounts.allSatisfy { $0.password == nil })
            #expect(try await client.count("SELECT count(DISTINCT tracking_number) FROM reports") == 400)
        }
    }
}
