import AspirasiCore
import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import Foundation
import HummingbirdTesting
import Testing

@Suite struct ConsoleTests {
    /// Signing in sets an HttpOnly, SameSite=Lax session cookie scoped to the console; the queue shows
    /// the officer's reports; signing out ends the session.
    @Test func signInQueueAndSignOut() async throws {
        try await withLiveHub { hub in
            let number = try await hub.newReport("console-queue-1")
            var browser = try await ConsoleBrowser.signIn(hub, "koor.console", unit: gambir, role: .koordinator)
            #expect(browser.cookies["aspirasi_session"]?.hasPrefix("ses_") == true)

            let root = try await browser.get("/console")
            #expect(root.location == "/console/reports")
            let missing = try await browser.get("/console/tidak-ada")
            #expect(missing.status == .notFound)
            #expect(missing.html.contains("Tidak ditemukan"))
            var page = try await browser.get("/console/reports")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.html.contains(number))
            #expect(page.html.contains("Menunggu"))
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)

            // Filters and search narrow it; a number finds its report, words the description.
            page = try await browser.get("/console/reports?q=berlubang&status=menunggu&channel=api")
            #expect(page.html.contains(number))
            // The search form's GET sends a space as a plus: both words are looked for.
            page = try await browser.get("/console/reports?q=jalan+berlubang")
            #expect(page.html.contains(number))
            #expect(page.html.contains("value=\"jalan berlubang\""))
            page = try await browser.get("/console/reports?q=jalan+banjir")
            #expect(!page.html.contains(number))
            page = try await browser.get("/console/reports?q=banjir")
            #expect(!page.html.contains(number))
            page = try await browser.get("/console/reports?q=\(number)")
            #expect(page.html.contains(number))
            // A wildcard typed into the box is a character, not "anything".
            page = try await browser.get("/console/reports?q=%25")
            #expect(!page.html.contains(number))
            // The tabs count per status under the other filters.
            page = try await browser.get("/console/reports?channel=api")
            #expect(page.html.contains("Menunggu<span class=\"count\">1</span>"))
            #expect(page.html.contains("Selesai<span class=\"count\">0</span>"))

            let session = try #require(browser.cookies["aspirasi_session"])
            let response = try await browser.post("/console/logout", [:])
            #expect(response.status == .seeOther)
            #expect(browser.cookies["aspirasi_session"] == nil)
            let after = try await hub.http.execute(
                uri: "/console/reports", method: .get, headers: [.cookie: "aspirasi_session=\(session)"], body: nil)
            #expect(after.status == .seeOther)
            #expect(after.location?.hasPrefix("/console/login") == true)
        }
    }

    @Test func theSessionCookieIsHttpOnlyAndLax() async throws {
        try await withLiveHub { hub in
            var browser = ConsoleBrowser(hub)
            _ = try await browser.get("/console/login")
            let hash = try await PasswordHasher(cost: 4).hash("rahasia-cookie")
            _ = try await OfficerStore(hub.database).create(
                username: "cookie", displayName: "c", unitCode: gambir, role: .petugas, passwordHash: hash)
            let response = try await browser.post(
                "/console/login", ["username": "cookie", "password": "rahasia-cookie"])
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("aspirasi_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(cookie.contains("Path=/console"))
            #expect(!cookie.contains("Secure"))
            // A wrong password: the form again, with the message, and no session.
            var other = ConsoleBrowser(hub)
            _ = try await other.get("/console/login")
            let refused = try await other.post(
                "/console/login", ["username": "cookie", "password": "salah-salah-salah"])
            #expect(refused.status == .unauthorized)
            #expect(refused.html.contains("Nama pengguna atau kata sandi salah."))
            #expect(other.cookies["aspirasi_session"] == nil)
        }
    }

    /// A POST without the session's CSRF token, or with another session's, is 403 and changes nothing.
    @Test func aFormWithoutItsCSRFTokenIs403AndChangesNothing() async throws {
        try await withLiveHub { hub in
            let number = try await hub.newReport("console-csrf-1")
            var browser = try await ConsoleBrowser.signIn(hub, "koor.csrf", unit: gambir, role: .koordinator)
            let events = { try await hub.count("SELECT count(*) FROM report_events") }
            let before = try await events()
            var response = try await browser.post(
                "/console/reports/\(number)/note", ["note": "tanpa token"], csrf: .some(nil))
            #expect(response.status == .forbidden)
            response = try await browser.post("/console/reports/\(number)/note", ["note": "token lain"], csrf: "AAAA")
            #expect(response.status == .forbidden)
            // The sign-in form needs its token too.
            var stranger = ConsoleBrowser(hub)
            _ = try await stranger.get("/console/login")
            response = try await stranger.post(
                "/console/login", ["username": "koor.csrf", "password": "x"], csrf: .some(nil))
            #expect(response.status == .forbidden)
            #expect(try await events() == before)
            response = try await browser.post("/console/reports/\(number)/note", ["note": "dengan token"])
            #expect(response.status == .seeOther)
            #expect(try await events() == before + 1)
        }
    }

    /// The koordinator disposes; the agency's petugas accepts and completes with a photo in one
    /// multipart POST; a completion without a photo is refused in Bahasa Indonesia with nothing done.
    @Test func disposeAcceptAndCompleteWithAPhoto() async throws {
        try await withLiveHub { hub in
            let number = try await hub.newReport("console-walk-1")
            var koordinator = try await ConsoleBrowser.signIn(hub, "koor.walk", unit: gambir, role: .koordinator)
            var page = try await koordinator.get("/console/reports/\(number)")
            #expect(page.status == .ok)
            // The agency picker defaults to the category's Suku Dinas for the kota.
            #expect(page.html.contains("<option value=\"31.71-BM\" selected>"))
            #expect(page.html.contains("<svg class=\"map\""))
            var response = try await koordinator.post("/console/reports/\(number)/dispose", ["agency": "31.71-BM"])
            #expect(response.status == .seeOther)
            #expect(try await hub.status(of: number) == "disposisi")

            var sudin = try await ConsoleBrowser.signIn(hub, "petugas.sudin.walk", unit: "31.71-BM", role: .petugas)
            response = try await sudin.post("/console/reports/\(number)/accept", [:])
            #expect(try await hub.status(of: number) == "proses")

            let photos = { try await hub.count("SELECT count(*) FROM report_photos") }
            response = try await sudin.postMultipart(
                "/console/reports/\(number)/complete", ["note": "sudah ditambal"], file: nil)
            #expect(response.status == .seeOther)
            page = try await sudin.get("/console/reports/\(number)")
            #expect(page.html.contains("Foto tindak lanjut wajib diunggah sebelum laporan diselesaikan."))
            #expect(try await hub.status(of: number) == "proses")
            #expect(try await photos() == 0)

            // A phone's photo is megabytes, far above the API's JSON limit.
            let proof = tinyJPEG + Array(repeating: 0x5A, count: 3_000_000)
            response = try await sudin.postMultipart(
                "/console/reports/\(number)/complete", ["note": "sudah ditambal"], file: ("photo", proof))
            #expect(response.status == .seeOther)
            #expect(try await hub.status(of: number) == "selesai")
            #expect(try await hub.count("SELECT count(*) FROM report_photos WHERE event_id IS NOT NULL") == 1)
            page = try await sudin.get("/console/reports/\(number)")
            let photo = try #require(page.html.firstMatch(of: /\/console\/photos\/(\d+)/))
            let bytes = try await sudin.get(String(photo.0))
            #expect(bytes.status == .ok)
            #expect(Array(bytes.body.readableBytesView) == proof)

            // Someone else acted first: the move is no longer allowed, and the page says so.
            response = try await koordinator.post("/console/reports/\(number)/dispose", ["agency": "31.71-BM"])
            page = try await koordinator.get("/console/reports/\(number)")
            #expect(page.html.contains("Laporan ini sudah ditangani petugas lain; muat ulang halaman."))
        }
    }

    /// Another kelurahan's officer gets a 404 page for the report and its photos; a petugas gets 403 on admin pages.
    @Test func scopeAndRolesHold() async throws {
        try await withLiveHub { hub in
            let number = try await hub.newReport("console-scope-1")
            // The report page offers exactly the actions allowed now: a petugas starts, a koordinator also routes.
            var petugas = try await ConsoleBrowser.signIn(hub, "petugas.gambir.aksi", unit: gambir, role: .petugas)
            let own = try await petugas.get("/console/reports/\(number)")
            #expect(own.html.contains("action=\"/console/reports/\(number)/start\""))
            #expect(!own.html.contains("/dispose\""))
            #expect(!own.html.contains("/reject\""))
            #expect(!own.html.contains("/complete\""))
            var outsider = try await ConsoleBrowser.signIn(hub, "petugas.cideng", unit: cideng, role: .petugas)
            let page = try await outsider.get("/console/reports/\(number)")
            #expect(page.status == .notFound)
            #expect(page.html.contains("di luar wilayah Anda"))
            let queue = try await outsider.get("/console/reports")
            #expect(!queue.html.contains(number))
            let response = try await outsider.post("/console/reports/\(number)/note", ["note": "x"])
            #expect(response.status == .notFound)
            let admin = try await outsider.get("/console/admin/officers")
            #expect(admin.status == .forbidden)
            let triage = try await outsider.get("/console/triage")
            #expect(triage.status == .forbidden)
        }
    }

    /// A report nobody could place reaches the province's triage; one POST sets category and kelurahan.
    @Test func triageSetsCategoryAndKelurahanInOneStep() async throws {
        try await withLiveHub { hub in
            var fields = message("console-triage-1", ["text": "Ada masalah di dekat rumah saya"])
            fields["lat"] = nil
            fields["lon"] = nil
            let number = try await hub.submit(fields, key: try await hub.partnerKey("p-triage")).tracking_number
            var province = try await ConsoleBrowser.signIn(hub, "koor.provinsi", unit: "31", role: .koordinator)
            var page = try await province.get("/console/triage")
            #expect(page.html.contains(number))
            #expect(page.html.contains("Tanpa kelurahan"))
            let response = try await province.post(
                "/console/triage/\(number)",
                ["category": "jalan_rusak", "kelurahan": "Gambir — Kec. Gambir, Jakarta Pusat"])
            #expect(response.status == .seeOther)
            #expect(
                try await hub.text("SELECT category_code FROM reports WHERE tracking_number = '\(number)'")
                    == "jalan_rusak")
            #expect(try await hub.text("SELECT owner_unit FROM reports WHERE tracking_number = '\(number)'") == gambir)
            page = try await province.get("/console/triage")
            #expect(page.html.contains("Laporan \(number) dipilah"))
            #expect(!page.html.contains("href=\"/console/reports/\(number)\""))
        }
    }

    /// The map draws the officer's kelurahan, shaded and linked to the queue; admin pages list and change.
    @Test func mapAndAdminPages() async throws {
        try await withLiveHub { hub in
            _ = try await hub.newReport("console-map-1")
            var lurah = try await ConsoleBrowser.signIn(
                hub, "koor.kecamatan", unit: kecamatanGambir, role: .koordinator)
            let map = try await lurah.get("/console/map")
            #expect(map.status == .ok)
            #expect(map.html.contains("href=\"/console/reports?kelurahan=31.71.01.1001\""))
            #expect(map.html.contains("class=\"dot tone-red\""))

            var admin = try await ConsoleBrowser.signIn(hub, "admin.console", unit: "31", role: .admin)
            var response = try await admin.post("/console/admin/keys", ["name": "mitra-baru"])
            #expect(response.status == .ok)
            #expect(response.html.contains("asp_"))
            #expect(try await admin.get("/console/admin/keys").html.contains("mitra-baru"))
            response = try await admin.post("/console/admin/officers/koor.kecamatan/disable", [:])
            #expect(response.status == .seeOther)
            // The disabled account's session is over at once.
            let lapsed = try await lurah.get("/console/map")
            #expect(lapsed.status == .seeOther)
            for path in [
                "officers", "contacts?unit=31.71.01.1001", "holidays", "service-levels", "deliveries", "pollers",
            ] {
                #expect(try await admin.get("/console/admin/\(path)").status == .ok, "\(path)")
            }
        }
    }
}

@Suite struct ConsoleSignInThrottleTests {
    /// The console's sign-in counts against the same throttle as the API's: failures on the API lock
    /// the name on the console too, which says so in Bahasa Indonesia with 429.
    @Test func failuresOnEitherSignInLockBoth() async throws {
        try await withLiveHub(configure: { dependencies in
            dependencies.loginPolicy = LoginThrottleTests.policy
        }) { hub in
            let hash = try await PasswordHasher(cost: 4).hash("rahasia-kunci-konsol")
            _ = try await OfficerStore(hub.database).create(
                username: "kunci.konsol", displayName: "k", unitCode: gambir, role: .petugas, passwordHash: hash)
            var browser = ConsoleBrowser(hub)
            _ = try await browser.get("/console/login")
            for attempt in 1...2 {
                let refused = try await browser.post(
                    "/console/login", ["username": "kunci.konsol", "password": "salah-\(attempt)-salah"])
                #expect(refused.status == .unauthorized)
            }
            #expect(try await hub.login("kunci.konsol", "salah-3-salah").status == .unauthorized)
            let locked = try await browser.post(
                "/console/login", ["username": "kunci.konsol", "password": "rahasia-kunci-konsol"])
            #expect(locked.status == .tooManyRequests)
            #expect(locked.html.contains("Terlalu banyak percobaan masuk yang gagal"))
            #expect(browser.cookies["aspirasi_session"] == nil)
        }
    }
}
