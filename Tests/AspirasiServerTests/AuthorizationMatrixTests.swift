import AspirasiCore
import AspirasiTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import Testing

/// Each role may do exactly what its column says, and gets 403 for everything else.
@Suite struct AuthorizationMatrixTests {
    /// Written out by hand, not derived from `Role.may`, so that a change to the rules must change this too.
    static let allowed: [Role: Set<String>] = [
        .petugas: ["start", "accept", "return", "complete", "note", "reply"],
        .koordinator: [
            "start", "coordinate", "dispose", "accept", "return", "complete", "reject", "reassign", "note", "reply",
            "reopen",
        ],
        .pimpinan: ["note"],
        .admin: [],
    ]

    /// The state each action starts from, and what it needs besides.
    static func setUp(_ action: String) -> (sql: String, fields: [String: any Sendable]) {
        switch action {
        case "accept", "return":
            ("status = 'disposisi', handler_unit = '\(gambir)'", ["note": "bukan kewenangan kami"])
        case "complete": ("status = 'proses'", ["note": "selesai ditangani"])
        case "reopen": ("status = 'selesai', closed_at = now()", ["note": "belum beres"])
        case "reject": ("status = 'menunggu'", ["reason": "tidak_valid", "note": "x"])
        case "reassign": ("status = 'menunggu'", ["kelurahan": cideng])
        default: ("status = 'menunggu'", ["note": "catatan"])
        }
    }

    @Test(arguments: Role.allCases)
    func eachRoleDoesExactlyWhatItMay(_ role: Role) async throws {
        do { try await check(role) } catch { Issue.record("\(String(reflecting: error))") }
    }

    func check(_ role: Role) async throws {
        try await withLiveHub { hub in
            let token = try await hub.signIn("\(role.rawValue).gambir", unit: gambir, role: role)
            var mismatches: [String] = []
            for action in OfficerAction.onReports.map(\.rawValue) {
                let number = try await hub.newReport("matrix-\(role.rawValue)-\(action)")
                let (sql, given) = Self.setUp(action)
                try await hub.database.query(
                    PostgresQuery(
                        unsafeSQL:
                            // Reports at one spot are duplicates of the first: make each an original in the wanted state.
                            "UPDATE reports SET \(sql), reject_reason = NULL, duplicate_of = NULL WHERE tracking_number = '\(number)'"
                    ))
                var fields = given
                if action == "complete" {
                    let photo = try await hub.count(
                        """
                        INSERT INTO report_photos (report_id, source, content_type, bytes)
                        SELECT id, 'officer', 'image/jpeg', '\\xffd8ff'::bytea FROM reports
                        WHERE tracking_number = '\(number)' RETURNING id
                        """)
                    fields["photos"] = [photo]
                }
                let status = try await hub.act(token, number, action, fields).status
                let expected: HTTPResponse.Status = Self.allowed[role]?.contains(action) == true ? .ok : .forbidden
                if status != expected { mismatches.append("\(action): \(status.code), expected \(expected.code)") }
            }
            #expect(mismatches.isEmpty, "\(role.rawValue): \(mismatches)")

            // Everyone may look; only an admin may make accounts.
            let number = try await hub.newReport("matrix-\(role.rawValue)-view")
            #expect(try await hub.get(token, "/api/v1/reports/\(number)").status == .ok)
            let account = try JSONSerialization.data(withJSONObject: [
                "username": "baru.\(role.rawValue)", "display_name": "Baru", "unit": gambir, "role": "petugas",
                "password": "kata-sandi-panjang",
            ])
            let created = try await hub.http.execute(
                uri: "/api/v1/officers", method: .post,
                headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                body: .init(bytes: account))
            #expect(created.status == (role == .admin ? .created : .forbidden))

            // Officials' contacts and the outbox of their own unit: admins only. Service levels and holidays
            // hold province-wide: not even this kelurahan's admin (see `anAdminsPowersEndAtTheirUnit`).
            // Reading targets and holidays: everyone.
            let admin = role == .admin
            let settings: [(HTTPRequest.Method, String, [String: any Sendable]?, HTTPResponse.Status?)] = [
                (
                    .put, "/api/v1/categories/sampah/service-level",
                    ["response_minutes": 60, "completion_minutes": 600, "clock": "working"], nil
                ),
                (.put, "/api/v1/holidays/2027-01-01", ["name": "Tahun Baru"], nil),
                (.delete, "/api/v1/holidays/2027-01-01", nil, nil),
                (
                    .post, "/api/v1/units/\(gambir)/contacts",
                    ["role": "lurah", "channel": "sms", "address": "+6281100000009"], .created
                ),
                (.get, "/api/v1/units/\(gambir)/contacts", nil, .ok),
                (.get, "/api/v1/deliveries?state=dead", nil, .ok),
                (.get, "/api/v1/officers", nil, .ok),
            ]
            for (method, uri, body, success) in settings {
                let status = try await hub.send(token, method, uri, body).status
                let expected = admin ? success ?? .forbidden : .forbidden
                #expect(status == expected, "\(role.rawValue) \(method) \(uri): \(status.code)")
            }
            #expect(try await hub.get(token, "/api/v1/categories").status == .ok)
            #expect(try await hub.get(token, "/api/v1/holidays").status == .ok)
        }
    }

    /// An admin manages their own unit and the units inside it, nothing above or beside it; settings
    /// that hold everywhere (service levels, holidays, polled feeds) are the province's admins'.
    @Test func anAdminsPowersEndAtTheirUnit() async throws {
        try await withLiveHub { hub in
            let lurah = try await hub.signIn("admin.gambir", unit: gambir, role: .admin)
            let camat = try await hub.signIn("admin.kec.gambir", unit: kecamatanGambir, role: .admin)
            let province = try await hub.signIn("admin.dki", unit: "31", role: .admin)
            _ = try await hub.signIn("petugas.cideng", unit: cideng, role: .petugas)
            let password = "kata-sandi-panjang"

            // Accounts: only inside the admin's scope.
            let above = try await hub.createAccount(lurah, "baru.dki", unit: "31", password: password)
            #expect(above.status == .forbidden)
            #expect(try errorCode(above) == "forbidden")
            #expect(
                try await hub.createAccount(lurah, "baru.cideng", unit: cideng, password: password).status == .forbidden
            )
            #expect(
                try await hub.createAccount(lurah, "baru.gambir", unit: gambir, password: password).status == .created)
            #expect(
                try await hub.createAccount(camat, "baru2.cideng", unit: cideng, password: password).status == .created)
            for (method, uri, body) in [
                (HTTPRequest.Method.post, "/api/v1/officers/petugas.cideng/disable", nil),
                (.post, "/api/v1/officers/admin.dki/disable", nil),
                (.get, "/api/v1/officers/petugas.cideng/tokens", nil),
                (.delete, "/api/v1/officers/petugas.cideng/tokens", nil),
                (
                    .put, "/api/v1/officers/admin.dki/password",
                    ["password": "ambil-alih-akun"] as [String: any Sendable]
                ),
            ] {
                #expect(try await hub.send(lurah, method, uri, body).status == .forbidden, "\(method) \(uri)")
            }
            #expect(try await hub.login("admin.dki", "rahasia-admin.dki").status == .created)
            #expect(try await hub.send(camat, .post, "/api/v1/officers/petugas.cideng/disable").status == .ok)
            #expect(try await usernames(hub, lurah) == ["admin.gambir", "baru.gambir"])
            #expect(try await usernames(hub, province).count == 6)

            // Officials' contacts: only of units inside the scope.
            let contact: [String: any Sendable] = ["role": "lurah", "channel": "sms", "address": "+6281100000009"]
            #expect(try await hub.send(lurah, .post, "/api/v1/units/\(cideng)/contacts", contact).status == .forbidden)
            #expect(try await hub.send(lurah, .post, "/api/v1/units/31/contacts", contact).status == .forbidden)
            #expect(try await hub.get(lurah, "/api/v1/units/\(cideng)/contacts").status == .forbidden)
            #expect(try await hub.send(lurah, .delete, "/api/v1/units/\(cideng)/contacts/1").status == .forbidden)
            #expect(try await hub.send(camat, .post, "/api/v1/units/\(cideng)/contacts", contact).status == .created)

            // Province-wide settings: the province's admins only.
            let target: [String: any Sendable] = [
                "response_minutes": 60, "completion_minutes": 600, "clock": "working",
            ]
            for admin in [lurah, camat] {
                let refused = try await hub.send(admin, .put, "/api/v1/categories/sampah/service-level", target)
                #expect(refused.status == .forbidden)
                #expect(try errorCode(refused) == "forbidden")
                #expect(
                    try await hub.send(admin, .put, "/api/v1/holidays/2027-01-01", ["name": "x"]).status == .forbidden)
                #expect(try await hub.send(admin, .delete, "/api/v1/holidays/2026-01-01").status == .forbidden)
                #expect(try await hub.get(admin, "/api/v1/pollers").status == .forbidden)
                let cursor = try await hub.send(admin, .put, "/api/v1/pollers/qlue:posts/cursor", ["cursor": "100"])
                #expect(cursor.status == .forbidden)
            }
            #expect(try await hub.send(province, .put, "/api/v1/categories/sampah/service-level", target).status == .ok)
            #expect(try await hub.send(province, .put, "/api/v1/holidays/2027-01-01", ["name": "x"]).status == .created)
            #expect(try await hub.get(province, "/api/v1/pollers").status == .ok)

            // Dead letters: by their report's units; those about no report are the province's.
            let number = try await hub.newReport("scope-outbox")
            try await hub.database.query("UPDATE deliveries SET state = 'dead'")
            let ofReport = try await hub.count(
                "SELECT min(d.id) FROM deliveries d JOIN reports r ON r.id = d.report_id WHERE r.tracking_number = '\(number)'"
            )
            let orphan = try await hub.count(
                """
                INSERT INTO deliveries (channel, recipient, kind, payload, state, idempotency_key)
                VALUES ('sms', '+6281100000001', 'notify', '{}', 'dead', 'scope-orphan') RETURNING id
                """)
            let neighbour = try await hub.signIn("admin.cideng", unit: cideng, role: .admin)
            #expect(try await deadLetters(hub, lurah).contains(ofReport))
            #expect(try await deadLetters(hub, lurah).contains(orphan) == false)
            #expect(try await deadLetters(hub, neighbour).isEmpty)
            #expect(try await deadLetters(hub, province).isSuperset(of: [ofReport, orphan]))
            #expect(try await hub.send(neighbour, .post, "/api/v1/deliveries/\(ofReport)/replay").status == .forbidden)
            #expect(try await hub.send(lurah, .post, "/api/v1/deliveries/\(orphan)/replay").status == .forbidden)
            #expect(try await hub.send(lurah, .post, "/api/v1/deliveries/\(ofReport)/replay").status == .ok)
        }
    }

    func usernames(_ hub: LiveHub, _ admin: String) async throws -> [String] {
        let list = try json(try await hub.get(admin, "/api/v1/officers"))["officers"] as? [[String: Any]] ?? []
        return list.compactMap { $0["username"] as? String }.sorted()
    }

    func deadLetters(_ hub: LiveHub, _ admin: String) async throws -> Set<Int> {
        let list = try json(try await hub.get(admin, "/api/v1/deliveries?state=dead"))["deliveries"] as? [[String: Any]]
        return Set((list ?? []).compactMap { $0["id"] as? Int })
    }

    @Test func anOfficerOutsideTheUnitsSeesNothingAndAStrangerIsRefused() async throws {
        try await withLiveHub { hub in
            let number = try await hub.newReport("outside-1")
            let cidengCoordinator = try await hub.signIn("koor.cideng", unit: cideng, role: .koordinator)
            #expect(try await hub.act(cidengCoordinator, number, "start").status == .notFound)
            #expect(try await hub.get(cidengCoordinator, "/api/v1/reports/\(number)").status == .notFound)
            #expect(try await hub.act(nil, number, "start").status == .unauthorized)
            let kota = try await hub.signIn("koor.jakpus", unit: "31.71", role: .koordinator)
            #expect(try await hub.act(kota, number, "coordinate", ["note": "dari kota"]).status == .ok)
        }
    }
}
