import AspirasiCore
import AspirasiServer
import AspirasiStore
import Foundation
import HummingbirdTesting
import NIOCore
import Testing

/// The citizens' pages over a live hub: what they show, what they never show, the check digit, the
/// cache and the rate limit.
@Suite struct PublicPageTests {
    /// What the reporter of `reportWithPersonalData` gave; none of it may appear on a public page.
    static let personal = [
        "Siti Rahayu Pelapor", "+6281299887766", "6281299887766", "siti.pelapor@example.com", "Kenanga No. 17",
    ]

    /// A report with a name, phone, e-mail and home address, worked to `selesai` with a follow-up photo.
    func finishedReport(_ hub: LiveHub, _ id: String, officer: String) async throws -> String {
        let number = try await hub.newReport(
            id,
            [
                "author": "+6281299887766", "author_name": "Siti Rahayu Pelapor",
                "text": "Lampu jalan mati di depan rumah saya, kabari siti.pelapor@example.com atau +6281299887766",
                "address": "Jl. Kenanga No. 17 RT 03/RW 05",
            ])
        #expect(try await hub.act(officer, number, "start").status == .ok)
        let photo = try json(try await hub.uploadPhoto(officer, number))
        let photoID = try #require(photo["id"] as? Int)
        let done = try await hub.act(
            officer, number, "complete", ["note": "Lampu diganti; warga +6281299887766 dikabari", "photos": [photoID]])
        #expect(done.status == .ok, "\(String(buffer: done.body))")
        return number
    }

    func photoKey(_ hub: LiveHub, _ number: String) async throws -> String {
        try #require(
            try await hub.text(
                """
                SELECT p.id || '-' || left(encode(p.sha256, 'hex'), 32) FROM report_photos p
                JOIN reports r ON r.id = p.report_id WHERE r.tracking_number = '\(number)' AND p.source = 'officer'
                """))
    }

    func expectNoPersonalData(_ body: String, _ page: String) {
        for text in Self.personal {
            #expect(!body.contains(text), "\(page) shows \(text)")
        }
    }

    @Test func finishedReportsShowTheirPhotoWithoutPersonalDataAndConfidentialOnesNever() async throws {
        try await withLiveHub(configure: {
            $0.evaluationMaxAge = 0
            $0.publicPages.cacheSeconds = 0
        }) { hub in
            let officer = try await hub.signIn("petugas.gambir", unit: gambir, role: .petugas)
            let shown = try await finishedReport(hub, "PUB-1", officer: officer)
            let hidden = try await finishedReport(hub, "PUB-2", officer: officer)
            _ = try await hub.count("UPDATE reports SET confidential = true WHERE tracking_number = '\(hidden)'")
            let (shownKey, hiddenKey) = (try await photoKey(hub, shown), try await photoKey(hub, hidden))

            let page = try await hub.get(nil, "/publik")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
            let html = String(buffer: page.body)
            #expect(html.contains(shown) && html.contains("/publik/foto/\(shownKey)"))
            #expect(html.contains("Kelurahan Gambir"))
            #expect(!html.contains(hidden) && !html.contains(hiddenKey))
            expectNoPersonalData(html, "/publik")

            let photo = try await hub.get(nil, "/publik/foto/\(shownKey)")
            #expect(photo.status == .ok)
            #expect(photo.headers[.contentType] == "image/jpeg")
            #expect(Array(buffer: photo.body) == tinyJPEG)
            #expect(try await hub.get(nil, "/publik/foto/\(hiddenKey)").status == .notFound)
            // A citizen's photo is not a follow-up photo, and a made-up key is nothing.
            #expect(try await hub.get(nil, "/publik/foto/1-\(String(repeating: "0", count: 32))").status == .notFound)

            let tracked = try await hub.get(nil, "/lacak?nomor=\(shown)")
            #expect(tracked.status == .ok)
            let trackedHTML = String(buffer: tracked.body)
            #expect(trackedHTML.contains("Selesai") && trackedHTML.contains("/publik/foto/\(shownKey)"))
            #expect(trackedHTML.contains("Menunggu") && trackedHTML.contains("Proses"))
            expectNoPersonalData(trackedHTML, "/lacak")
            let confidential = try await hub.get(nil, "/lacak?nomor=\(hidden)")
            #expect(confidential.status == .notFound)
            #expect(!String(buffer: confidential.body).contains(hiddenKey))

            let stats = try await hub.get(nil, "/api/v1/public/stats")
            #expect(stats.status == .ok)
            let body = String(buffer: stats.body)
            expectNoPersonalData(body, "/api/v1/public/stats")
            #expect(!body.contains(shown) && !body.contains(hidden))
            let document = try json(stats)
            let kelurahan = try #require(document["kelurahan"] as? [[String: Any]])
            let gambirRow = kelurahan.first { $0["code"] as? String == gambir }
            #expect(gambirRow?["finished"] as? Int == 2)
            let current = try #require(document["current"] as? [String: Any])
            let province = try #require(current["province"] as? [String: Any])
            #expect(province["completed"] as? Int == 2)
            #expect((current["kota"] as? [[String: Any]])?.contains { $0["code"] as? String == "31.71" } == true)
        }
    }

    /// The map counts a kelurahan's reports still open whatever month they came in, and those finished
    /// this month whatever month they came in; a report finished in an earlier month is in neither.
    @Test func mapCountsReportsOpenFromEarlierMonthsAndThoseFinishedThisMonth() async throws {
        try await withLiveHub(configure: { $0.publicPages.cacheSeconds = 0 }) { hub in
            let officer = try await hub.signIn("petugas.gambir", unit: gambir, role: .petugas)
            let stillOpen = try await hub.newReport("MAP-OPEN")
            let finishedNow = try await finishedReport(hub, "MAP-NOW", officer: officer)
            let finishedBefore = try await finishedReport(hub, "MAP-BEFORE", officer: officer)
            // All three came in 40 days ago: an earlier month, whatever today's date.
            for number in [stillOpen, finishedNow, finishedBefore] {
                #expect(
                    try await hub.count(
                        """
                        UPDATE reports SET created_at = created_at - interval '40 days',
                                           reported_at = reported_at - interval '40 days'
                        WHERE tracking_number = '\(number)' RETURNING 1
                        """) == 1)
            }
            #expect(
                try await hub.count(
                    "UPDATE reports SET closed_at = now() - interval '39 days' WHERE tracking_number = '\(finishedBefore)' RETURNING 1"
                )
                    == 1)
            // What the worker would store next: the current month computed afresh.
            _ = try await hub.count("DELETE FROM evaluations WHERE NOT frozen")

            let document = try json(try await hub.get(nil, "/api/v1/public/stats"))
            let kelurahan = try #require(document["kelurahan"] as? [[String: Any]])
            let row = try #require(kelurahan.first { $0["code"] as? String == gambir })
            #expect(row["open"] as? Int == 1)
            #expect(row["finished"] as? Int == 1)
            // The month's own figures count none of them: they came in an earlier month.
            let current = try #require(document["current"] as? [String: Any])
            #expect((current["province"] as? [String: Any])?["received"] as? Int == 0)
            let name = try #require(row["name"] as? String)
            let page = String(buffer: try await hub.get(nil, "/publik").body)
            #expect(page.contains("\(name): 1 belum selesai, 1 selesai"))
        }
    }

    @Test func trackingAnswersTyposUnknownNumbersAndTheEmptyForm() async throws {
        try await withLiveHub { hub in
            let number = try await hub.newReport("PUB-TRACK")
            let digits = number.filter(\.isNumber).compactMap(\.wholeNumberValue)
            let typo = String(number.dropLast()) + String((digits.last! + 1) % 10)
            let refused = try await hub.get(nil, "/lacak?nomor=\(typo)")
            #expect(refused.status == .badRequest)
            #expect(String(buffer: refused.body).contains("Nomor laporan tidak valid: periksa kembali angkanya"))
            let unknown = "2611-999999" + String(TrackingNumber.checkDigit([2, 6, 1, 1, 9, 9, 9, 9, 9, 9]))
            let missing = try await hub.get(nil, "/lacak?nomor=\(unknown)")
            #expect(missing.status == .notFound)
            #expect(String(buffer: missing.body).contains("tidak ditemukan"))
            let form = try await hub.get(nil, "/lacak")
            #expect(form.status == .ok && String(buffer: form.body).contains("method=\"get\" action=\"/lacak\""))
            let found = try await hub.get(nil, "/lacak?nomor=\(number)")
            #expect(found.status == .ok && String(buffer: found.body).contains("Menunggu"))
        }
    }

    @Test func cachedAnswersDoNotChangeWithinTheirPeriod() async throws {
        try await withLiveHub(configure: {
            $0.evaluationMaxAge = 0
            $0.publicPages.cacheSeconds = 3600
        }) { hub in
            let before = try await hub.get(nil, "/api/v1/public/stats")
            let page = try await hub.get(nil, "/publik")
            #expect(before.headers[.cacheControl] == "public, max-age=3600")
            _ = try await hub.newReport("PUB-CACHE")
            // The evaluation now counts the new report, but the cached answers are served as they were.
            let evaluation = try await hub.signIn("pimpinan.dki", unit: "31", role: .pimpinan)
            let month = EvaluationMonth(containing: Date().timeIntervalSince1970)
            let live = try json(try await hub.get(evaluation, "/api/v1/evaluations/\(month)"))
            #expect((live["totals"] as? [String: Any])?["received"] as? Int == 1)
            #expect(String(buffer: try await hub.get(nil, "/api/v1/public/stats").body) == String(buffer: before.body))
            #expect(String(buffer: try await hub.get(nil, "/publik").body) == String(buffer: page.body))
        }
    }

    @Test func tooManyRequestsFromOneAddressAreRefusedWithRetryAfter() async throws {
        try await withLiveHub(configure: {
            $0.publicPages.requestsPerMinute = 6
            $0.publicPages.burst = 2
        }) { hub in
            #expect(try await hub.get(nil, "/lacak").status == .ok)
            #expect(try await hub.get(nil, "/publik").status == .ok)
            let page = try await hub.get(nil, "/lacak")
            #expect(page.status == .tooManyRequests)
            #expect(Int(page.headers[.retryAfter] ?? "") ?? 0 >= 1)
            #expect(String(buffer: page.body).contains("paling banyak 6 permintaan per menit"))
            let api = try await hub.get(nil, "/api/v1/public/stats")
            #expect(api.status == .tooManyRequests)
            #expect(api.headers[.retryAfter] != nil)
            let error = try #require(try json(api)["error"] as? [String: Any])
            #expect(error["code"] as? String == "rate_limited")
            #expect((error["message"] as? String)?.contains("6 requests a minute") == true)
            // Other routes are not counted.
            #expect(try await hub.get(nil, "/health").status == .ok)
        }
    }
}
