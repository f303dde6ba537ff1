import AspirasiCore
import AspirasiServer
import AspirasiStore
import Foundation
import HummingbirdTesting
import PostgresNIO
import Testing

@Suite struct EvaluationTests {
    let current = EvaluationMonth(containing: Date().timeIntervalSince1970)
    /// A month whose seeded reports (created from its second day, deadlines up to a day after) all lie in the
    /// past, so that their overdue figures are settled: this month, except in its first three days, when it
    /// is the month before (then read frozen).
    let settled: EvaluationMonth = {
        let now = Date().timeIntervalSince1970
        let month = EvaluationMonth(containing: now)
        return now - month.start < 3 * 86_400 ? month.previous : month
    }()

    /// A hub whose evaluation is never older than the request, with the month of `evaluationMonthReports`.
    func withSeededHub(
        in month: EvaluationMonth? = nil, _ body: @Sendable @escaping (LiveHub, [Int]) async throws -> Void
    ) async throws {
        let month = month ?? current
        try await withLiveHub(configure: { $0.evaluationMaxAge = 0 }) { hub in
            let ids = try await seed(evaluationMonthReports, in: month, database: hub.database, tag: "EV")
            // Outside the month: last month's report and one the province owns (never placed).
            _ = try await seed(
                [SeededReport(kelurahan: "31.71.01.1001", status: "selesai", completionHours: 1)], in: month.previous,
                database: hub.database, tag: "EV-PREV")
            _ = try await seed([SeededReport(kelurahan: "31")], in: month, database: hub.database, tag: "EV-PROV")
            try await body(hub, ids)
        }
    }

    func worker(_ client: PostgresClient) -> EvaluationWorker {
        EvaluationWorker(
            store: EvaluationStore(client), digests: EvaluationDigestStore(client),
            serviceLevels: ServiceLevelStore(client), workingHours: .jakartaDefault, logger: .quiet)
    }

    func evaluation(_ hub: LiveHub, _ token: String, _ path: String? = nil) async throws -> [String: Any] {
        let response = try await hub.get(token, "/api/v1/evaluations/\(path ?? current.description)")
        #expect(response.status == .ok, "\(String(buffer: response.body))")
        return try json(response)
    }

    func codes(_ value: Any?) -> [String] {
        (value as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }

    func row(_ value: Any?, _ code: String) -> [String: Any] {
        (value as? [[String: Any]] ?? []).first { $0["code"] as? String == code } ?? [:]
    }

    @Test func everyFigureAndBothRankingsOfTheProvince() async throws {
        try await withSeededHub(in: settled) { hub, _ in
            let token = try await hub.signIn("pimpinan.dki", unit: "31", role: .pimpinan)
            let body = try await evaluation(hub, token, settled.description)
            #expect(body["month"] as? String == settled.description)
            #expect(body["frozen"] as? Bool == (settled.description != current.description))
            #expect(
                codes(body["kelurahan_top"])
                    == [
                        "31.74.01.1001", "31.71.01.1001", "31.71.01.1003", "31.71.01.1002", "31.71.01.1004",
                        "31.74.01.1002",
                    ])
            #expect(
                codes(body["kelurahan_bottom"])
                    == [
                        "31.74.01.1002", "31.71.01.1003", "31.71.01.1002", "31.71.01.1004", "31.71.01.1001",
                        "31.74.01.1001",
                    ])
            let totals = body["totals"] as? [String: Any] ?? [:]
            #expect(totals["code"] as? String == "31")
            #expect(totals["received"] as? Int == 14)
            #expect(totals["completed"] as? Int == 8)
            #expect(abs((totals["completion_rate"] as? Double ?? 0) - 8.0 / 14.0) < 1e-9)
            #expect(totals["median_completion_hours"] as? Double == 11)
            #expect(totals["median_first_response_hours"] as? Double == 1.5)
            #expect(totals["overdue"] as? Int == 2)
            #expect(totals["reopened"] as? Int == 1)
            #expect(
                totals["rejections"] as? [String: Int] == ["duplikat": 1, "luar_wilayah": 1, "tidak_valid": 1])

            let gambir = row(body["kelurahan_top"], "31.71.01.1001")
            #expect(gambir["name"] as? String == "Gambir")
            #expect(gambir["received"] as? Int == 4)
            #expect(gambir["completed"] as? Int == 3)
            #expect(gambir["completion_rate"] as? Double == 0.75)
            #expect(gambir["median_completion_hours"] as? Double == 20)
            let all = body["kelurahan"]
            #expect(row(all, "31.71.01.1001")["overdue"] as? Int == 1)
            #expect(row(all, "31.71.01.1001")["median_first_response_hours"] as? Double == 1)
            #expect(row(all, "31.71.01.1001")["rejections"] as? [String: Int] == ["duplikat": 1, "luar_wilayah": 1])
            #expect(row(all, "31.71.01.1002")["rejections"] as? [String: Int] == ["tidak_valid": 1])
            #expect(row(all, "31.71.01.1002")["received"] as? Int == 2)
            #expect(row(all, "31.71.01.1003")["median_completion_hours"] as? Double == 10)
            #expect(row(all, "31.74.01.1001")["reopened"] as? Int == 1)
            #expect(row(all, "31.74.01.1002")["overdue"] as? Int == 1)
            #expect(row(all, "31.74.01.1002")["median_completion_hours"] == nil)

            #expect(
                (body["agencies_unresolved"] as? [[String: Any]] ?? []).map {
                    "\($0["code"] ?? ""):\($0["unresolved"] ?? "")"
                }
                    == ["31.71-SDA:2", "31.71-BM:1", "31.74-BM:1"])
            #expect(
                (body["agencies_late"] as? [[String: Any]] ?? []).map {
                    "\($0["code"] ?? ""):\($0["late_completions"] ?? "")"
                }
                    == ["31.71-BM:1"])
            #expect(
                (body["channels"] as? [[String: Any]] ?? []).map { "\($0["key"] ?? ""):\($0["count"] ?? "")" }
                    == ["sms:12", "twitter:2"])
            #expect(
                (body["categories"] as? [[String: Any]] ?? []).map { "\($0["key"] ?? ""):\($0["count"] ?? "")" }
                    == ["jalan_rusak:10", "saluran_air:4"])

            let kotas = body["kota"] as? [[String: Any]] ?? []
            #expect(kotas.compactMap { ($0["figures"] as? [String: Any])?["code"] as? String } == ["31.71", "31.74"])
            let pusat = kotas.first?["figures"] as? [String: Any] ?? [:]
            #expect(pusat["received"] as? Int == 12)
            #expect(pusat["completed"] as? Int == 7)
            #expect(pusat["median_completion_hours"] as? Double == 12)
            #expect(codes(kotas.last?["kelurahan_top"]) == ["31.74.01.1001", "31.74.01.1002"])
            #expect(codes(kotas.last?["kelurahan_bottom"]) == ["31.74.01.1002", "31.74.01.1001"])
            let kecamatan = row(body["kecamatan"], "31.71.01")
            #expect(kecamatan["received"] as? Int == 12)
            #expect(kecamatan["median_completion_hours"] as? Double == 12)
        }
    }

    @Test func aWalikotaReadsTheirKotaAndAPetugasNothing() async throws {
        try await withSeededHub { hub, _ in
            let walikota = try await hub.signIn("walikota.jp", unit: "31.71", role: .pimpinan)
            let body = try await evaluation(hub, walikota)
            #expect((body["area"] as? [String: Any])?["code"] as? String == "31.71")
            #expect(
                codes(body["kelurahan_top"]) == ["31.71.01.1001", "31.71.01.1003", "31.71.01.1002", "31.71.01.1004"])
            #expect(
                codes(body["kelurahan_bottom"]) == ["31.71.01.1003", "31.71.01.1002", "31.71.01.1004", "31.71.01.1001"])
            #expect((body["totals"] as? [String: Any])?["received"] as? Int == 12)
            #expect(codes(body["agencies_unresolved"]) == ["31.71-SDA", "31.71-BM"])
            #expect(
                (body["channels"] as? [[String: Any]] ?? []).map { "\($0["key"] ?? ""):\($0["count"] ?? "")" }
                    == ["sms:12"])
            #expect((body["kota"] as? [[String: Any]] ?? []).count == 1)

            let petugas = try await hub.signIn("petugas.gambir", unit: "31.71.01.1001", role: .petugas)
            #expect(try await hub.get(petugas, "/api/v1/evaluations/\(current)").status == .forbidden)
            #expect(try await hub.get(nil, "/api/v1/evaluations/\(current)").status == .unauthorized)
            #expect(try await hub.get(walikota, "/api/v1/evaluations/2026-13").status == .badRequest)
            #expect(try await hub.get(walikota, "/api/v1/evaluations/\(current.next)").status == .notFound)
        }
    }

    @Test func theCurrentMonthIsLive() async throws {
        try await withSeededHub { hub, ids in
            let token = try await hub.signIn("koordinator.dki", unit: "31", role: .koordinator)
            #expect(row(try await evaluation(hub, token)["kelurahan"], "31.71.01.1004")["completed"] as? Int == 1)
            // Petojo Selatan's waiting report is finished: the month's figures follow.
            try await hub.database.query(
                "UPDATE reports SET status = 'selesai', closed_at = created_at + interval '4 hours' WHERE id = \(ids[13])"
            )
            let body = try await evaluation(hub, token)
            #expect(row(body["kelurahan"], "31.71.01.1004")["completed"] as? Int == 2)
            #expect(codes(body["kelurahan_top"]).prefix(2) == ["31.71.01.1004", "31.74.01.1001"])
        }
    }

    @Test func theCSVHasEveryRanking() async throws {
        try await withSeededHub(in: settled) { hub, _ in
            let token = try await hub.signIn("admin.dki", unit: "31", role: .admin)
            let byAccept = try await hub.http.execute(
                uri: "/api/v1/evaluations/\(settled)", method: .get,
                headers: [.authorization: "Bearer \(token)", .accept: "text/csv"], body: nil)
            let byPath = try await hub.get(token, "/api/v1/evaluations/\(settled).csv")
            #expect(byAccept.status == .ok)
            #expect(byAccept.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(String(buffer: byAccept.body) == String(buffer: byPath.body))
            let lines = String(buffer: byPath.body).split(separator: "\r\n").map(String.init)
            #expect(lines.first == EvaluationCSV.header.joined(separator: ","))
            #expect(
                lines.contains(
                    "\(settled),kelurahan_top,1,31,31.74.01.1001,Tebet Timur,1,1,1.0000,6.00,2.00,0,1,0,0,0,0,,,"))
            #expect(
                lines.contains("\(settled),kelurahan_bottom,1,31,31.74.01.1002,Tebet Barat,1,0,0.0000,,,1,0,0,0,0,0,,,")
            )
            #expect(
                lines.contains {
                    $0.hasPrefix("\(settled),totals,,31,31,") && $0.contains(",14,8,0.5714,11.00,1.50,2,1,1,0,1,1,")
                })
            #expect(
                lines.contains { $0.hasPrefix("\(settled),agency_unresolved,1,31,31.71-SDA,") && $0.hasSuffix(",2,,") })
            #expect(lines.filter { $0.contains(",kota_top,") }.count == 6)
        }
    }

    /// Several hubs share the live month's refresh: a round that finds figures younger than most of an
    /// interval (another hub's) reads them instead of scanning the month again.
    @Test func theLiveMonthIsRefreshedOncePerIntervalAcrossHubs() async throws {
        let month = EvaluationMonth(year: 2025, month: 6)!
        let start = Date(timeIntervalSince1970: month.start + 10 * 86_400)
        try await withLiveHub { hub in
            _ = try await seed(
                [SeededReport(kelurahan: "31.71.01.1001", status: "proses")], in: month, database: hub.database,
                tag: "EV-LIVE")
            let store = EvaluationStore(hub.database)
            try await worker(hub.database).runOnce(now: start)
            #expect(try await store.stored(month, logger: .quiet)?.computedAt == start.timeIntervalSince1970)
            // A second hub's round 30 s later: the first's figures stand.
            try await worker(hub.database).runOnce(now: start.addingTimeInterval(30))
            #expect(try await store.stored(month, logger: .quiet)?.computedAt == start.timeIntervalSince1970)
            // A minute on, the month is scanned again.
            let later = start.addingTimeInterval(60)
            try await worker(hub.database).runOnce(now: later)
            #expect(try await store.stored(month, logger: .quiet)?.computedAt == later.timeIntervalSince1970)
            #expect(try await store.stored(month, logger: .quiet)?.frozen == false)
        }
    }

    @Test func aClosedMonthIsFrozenOnceAndNeverRecomputed() async throws {
        let month = EvaluationMonth(year: 2025, month: 3)!
        let afterIt = Date(timeIntervalSince1970: month.end + 3600)
        try await withLiveHub { hub in
            let ids = try await seed(
                [
                    SeededReport(kelurahan: "31.71.01.1001", status: "selesai", completionHours: 3),
                    SeededReport(kelurahan: "31.71.01.1001", status: "proses"),
                ], in: month, database: hub.database, tag: "EV-OLD")
            // Two hubs freeze the month at once: one write wins, both answer with it.
            let first = PostgresClient(configuration: hub.databaseConfiguration, backgroundLogger: .quiet)
            let second = PostgresClient(configuration: hub.databaseConfiguration, backgroundLogger: .quiet)
            let (a, b) = try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await first.run() }
                group.addTask { await second.run() }
                defer { group.cancelAll() }
                async let a = worker(first).runOnce(now: afterIt.addingTimeInterval(86_400 * 2))
                async let b = EvaluationStore(second).facts(
                    for: month, now: afterIt, maxAge: 0, logger: .quiet)
                _ = try await a
                return (try await EvaluationStore(first).stored(month, logger: .quiet), try await b)
            }
            #expect(a?.frozen == true)
            #expect(a == b)
            #expect(a?.units.first { $0.code == "31.71.01.1001" }?.completed == 1)

            // The open report is finished later: the frozen month keeps what was presented.
            try await hub.database.query(
                "UPDATE reports SET status = 'selesai', closed_at = created_at + interval '1 hour' WHERE id = \(ids[1])"
            )
            let store = EvaluationStore(hub.database)
            let later = try await store.facts(
                for: month, now: afterIt.addingTimeInterval(86_400 * 400), maxAge: 0, logger: .quiet)
            #expect(later == a)
            #expect(
                try await store.compute(month, logger: .quiet).units.first { $0.code == "31.71.01.1001" }?.completed
                    == 2)
            try await store.refresh(month, now: afterIt, logger: .quiet)
            #expect(try await store.stored(month, logger: .quiet) == a)
            // Nothing rewrites a frozen month, not even by hand.
            await #expect(throws: (any Error).self) {
                try await hub.database.query("UPDATE evaluations SET facts = '{}' WHERE month = '2025-03-01'")
            }
            let token = try await hub.signIn("pimpinan.dki.old", unit: "31", role: .pimpinan)
            let body = try await evaluation(hub, token, "2025-03")
            #expect(body["frozen"] as? Bool == true)
            #expect(row(body["kelurahan"], "31.71.01.1001")["completed"] as? Int == 1)
        }
    }

    @Test func monthsAreJakartaMonths() {
        let month = EvaluationMonth("2026-01")
        #expect(month?.description == "2026-01")
        // 2025-12-31 17:00 UTC is 2026-01-01 00:00 in Jakarta.
        #expect(month?.start == 1_767_200_400)
        #expect(EvaluationMonth(containing: 1_767_200_399).description == "2025-12")
        #expect(EvaluationMonth(containing: 1_767_200_400).description == "2026-01")
        #expect(EvaluationMonth("2026-1") == nil)
        #expect(EvaluationMonth("2026-00") == nil)
        #expect(EvaluationMonth("+026-01") == nil)
        #expect(month?.trailing(12).first?.description == "2025-02")
    }

    @Test func theDigestGoesOutOncePerUnitWithTwoHubs() async throws {
        // November 2025 begins on a Saturday: the first working day is Monday the 3rd.
        let month = EvaluationMonth(year: 2025, month: 10)!
        let saturday = Date(timeIntervalSince1970: month.end + 10 * 3600)
        let monday = Date(timeIntervalSince1970: month.end + (2 * 24 + 3) * 3600)
        try await withLiveHub { hub in
            _ = try await seed(evaluationMonthReports, in: month, database: hub.database, tag: "EV-DIGEST")
            try await hub.database.query(
                """
                INSERT INTO unit_contacts (unit_code, role, channel, address) VALUES
                    ('31.71.01.1001', 'lurah', 'sms', '+6281100000001'),
                    ('31.71.01.1001', 'lurah', 'email', 'lurah.gambir@example.org'),
                    ('31.71.01', 'camat', 'sms', '+6281100000002'),
                    ('31.71', 'walikota', 'email', 'walikota.jp@example.org'),
                    ('31.71-BM', 'kepala', 'sms', '+6281100000003')
                """)
            let first = PostgresClient(configuration: hub.databaseConfiguration, backgroundLogger: .quiet)
            let second = PostgresClient(configuration: hub.databaseConfiguration, backgroundLogger: .quiet)
            let queued = try await withThrowingTaskGroup(of: Void.self, returning: [Int].self) { group in
                group.addTask { await first.run() }
                group.addTask { await second.run() }
                defer { group.cancelAll() }
                let early = try await worker(first).runOnce(now: saturday)
                async let a = worker(first).runOnce(now: monday)
                async let b = worker(second).runOnce(now: monday)
                let both = try await [a, b]
                let again = try await worker(second).runOnce(now: monday.addingTimeInterval(86_400))
                return [early] + both + [again]
            }
            #expect(queued[0] == 0)
            #expect(queued[1] + queued[2] == 4)
            #expect(queued[3] == 0)
            var payloads: [String: [String: String]] = [:]
            for try await (recipient, payload) in try await hub.database.query(
                "SELECT recipient, payload::text FROM deliveries WHERE idempotency_key LIKE 'digest:2025-10:%'"
            ).decode((String, String).self) {
                payloads[recipient] =
                    (try JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: String]) ?? [:]
            }
            #expect(
                Set(payloads.keys) == [
                    "+6281100000001", "lurah.gambir@example.org", "+6281100000002", "walikota.jp@example.org",
                ])
            #expect(
                MessageTemplates.render(payloads["+6281100000001"] ?? [:])
                    == "Aspirasi Evaluasi 2025-10: Gambir peringkat 2 dari 6, penyelesaian 75%, 1 laporan belum selesai."
            )
            #expect(payloads["+6281100000002"]?["rank"] == "1")
            #expect(payloads["+6281100000002"]?["of"] == "2")
            #expect(payloads["walikota.jp@example.org"]?["unresolved"] == "4")
        }
    }

    @Test func theConsolePageDrawsTheMonth() async throws {
        try await withSeededHub { hub, _ in
            var walikota = try await ConsoleBrowser.signIn(hub, "walikota.console", unit: "31.71", role: .pimpinan)
            let page = try await walikota.get("/console/evaluasi")
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("Evaluasi Bulanan"))
            #expect(html.contains("<svg class=\"chart\""))
            #expect(html.contains("<svg class=\"map\""))
            // Gambir's 75% is shaded in the 60–79% step; Tebet (another kota) is not drawn.
            #expect(html.contains("class=\"area rate-3\""))
            #expect(html.contains("Gambir: 75% selesai dari 4"))
            #expect(!html.contains("Tebet Timur"))
            let stylesheet = String(buffer: try await walikota.get("/console/assets/console.css").body)
            #expect(stylesheet.contains("@media print"))
            var petugas = try await ConsoleBrowser.signIn(hub, "petugas.console", unit: "31.71.01.1001", role: .petugas)
            let refused = try await petugas.get("/console/evaluasi")
            #expect(refused.status == .forbidden)
            let malformed = try await walikota.get("/console/evaluasi?bulan=2026-99")
            #expect(malformed.status == .badRequest)
        }
    }
}
