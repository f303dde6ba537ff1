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

            // Settings (service levels, holidays, officials' contacts) and the outbox: admins only; reading
            // targets and holidays: everyone.
            let admin = role == .admin
            let settings: [(HTTPRequest.Method, String, [String: any Sendable]?, HTTPResponse.Status)] = [
                (
                    .put, "/api/v1/categories/sampah/service-level",
                    ["response_minutes": 60, "completion_minutes": 600, "clock": "working"], .ok
                ),
                (.put, "/api/v1/holidays/2027-01-01", ["name": "Tahun Baru"], .created),
                (.delete, "/api/v1/holidays/2027-01-01", nil, .noContent),
                (
                    .post, "/api/v1/units/\(gambir)/contacts",
                    ["role": "lurah", "channel": "sms", "address": "+6281100000009"], .created
                ),
                (.get, "/api/v1/units/\(gambir)/contacts", nil, .ok),
                (.get, "/api/v1/deliveries?state=dead", nil, .ok),
            ]
            for (method, uri, body, success) in settings {
                let status = try await hub.send(token, method, uri, body).status
                #expect(status == (admin ? success : .forbidden), "\(role.rawValue) \(method) \(uri): \(status.code)")
            }
            #expect(try await hub.get(token, "/api/v1/categories").status == .ok)
            #expect(try await hub.get(token, "/api/v1/holidays").status == .ok)
        }
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
