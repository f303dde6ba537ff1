import AspirasiCore
import AspirasiTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Passwords bcrypt would cut are refused; admins disable accounts and revoke their tokens.
@Suite struct AccountAdminTests {
    @Test func aPasswordBcryptWouldCutIsRefusedAndNothingPastIts72ndByteSignsIn() async throws {
        try await withLiveHub { hub in
            let admin = try await hub.signIn("admin", unit: "31", role: .admin)
            let tooLong = try await hub.createAccount(
                admin, "panjang.sekali", unit: gambir, password: String(repeating: "a", count: 80))
            #expect(tooLong.status == .badRequest)
            #expect(try errorParameter(tooLong) == "password")
            // 25 characters, but 100 bytes in UTF-8: bcrypt counts bytes.
            let wide = try await hub.createAccount(
                admin, "lebar.sekali", unit: gambir, password: String(repeating: "🙂", count: 25))
            #expect(wide.status == .badRequest)
            #expect(try await hub.count("SELECT count(*) FROM officers WHERE username <> 'admin'") == 0)

            let exact = String(repeating: "k", count: 72)
            #expect(
                try await hub.createAccount(admin, "pas.tujuhdua", unit: gambir, password: exact).status == .created)
            #expect(try await hub.login("pas.tujuhdua", exact).status == .created)
            #expect(try await hub.login("pas.tujuhdua", exact + "tambahan").status == .unauthorized)

            let reset = try await hub.send(
                admin, .put, "/api/v1/officers/pas.tujuhdua/password", ["password": String(repeating: "b", count: 73)])
            #expect(reset.status == .badRequest)
            #expect(try errorParameter(reset) == "password")
            #expect(try await hub.login("pas.tujuhdua", exact).status == .created, "the refused reset changed nothing")
        }
    }

    @Test func aDisabledOfficerIsOutAtOnceAndComesBackWithoutTheOldTokens() async throws {
        try await withLiveHub { hub in
            let admin = try await hub.signIn("admin.gambir", unit: gambir, role: .admin)
            let session = try await hub.signIn("petugas.gambir", unit: gambir, role: .petugas)
            let issued = try await hub.send(session, .post, "/api/v1/auth/tokens", ["name": "integrasi"])
            let apiToken = try #require(try json(issued)["token"] as? String)
            for token in [session, apiToken] {
                #expect(try await hub.get(token, "/api/v1/reports").status == .ok)
            }

            let disabled = try await hub.send(admin, .post, "/api/v1/officers/petugas.gambir/disable")
            #expect(disabled.status == .ok)
            #expect(try json(disabled)["disabled_at"] is String)
            #expect(try json(disabled)["live_tokens"] as? Int == 0)
            for token in [session, apiToken] {
                #expect(try await hub.get(token, "/api/v1/reports").status == .unauthorized)
            }
            #expect(try await hub.login("petugas.gambir", "rahasia-petugas.gambir").status == .unauthorized)
            let listed = try json(try await hub.get(admin, "/api/v1/officers"))["officers"] as? [[String: Any]] ?? []
            let entry = listed.first { $0["username"] as? String == "petugas.gambir" }
            #expect(entry?["disabled_at"] is String)

            #expect(try await hub.send(admin, .post, "/api/v1/officers/admin.gambir/disable").status == .forbidden)
            #expect(try await hub.send(admin, .post, "/api/v1/officers/nobody/disable").status == .notFound)

            #expect(try await hub.send(admin, .post, "/api/v1/officers/petugas.gambir/enable").status == .ok)
            #expect(try await hub.login("petugas.gambir", "rahasia-petugas.gambir").status == .created)
            for token in [session, apiToken] {
                #expect(try await hub.get(token, "/api/v1/reports").status == .unauthorized, "old tokens stay dead")
            }
        }
    }

    @Test func anAdminRevokesOneTokenOrAllOfThemAndResetsThePassword() async throws {
        try await withLiveHub { hub in
            let admin = try await hub.signIn("admin", unit: "31", role: .admin)
            let first = try await hub.signIn("petugas.token", unit: gambir, role: .petugas)
            let again = try await hub.login("petugas.token", "rahasia-petugas.token")
            let second = try #require(try json(again)["token"] as? String)
            let issued = try await hub.send(first, .post, "/api/v1/auth/tokens", ["name": "integrasi"])
            let apiToken = try #require(try json(issued)["token"] as? String)

            let listed = try json(try await hub.get(admin, "/api/v1/officers/petugas.token/tokens"))
            let tokens = listed["tokens"] as? [[String: Any]] ?? []
            #expect(tokens.count == 3)
            #expect(!String(describing: listed).contains("ses_"), "tokens are never shown again")
            let apiID = try #require(tokens.first { $0["kind"] as? String == "api" }?["id"] as? Int)

            let one = try await hub.send(admin, .delete, "/api/v1/officers/petugas.token/tokens/\(apiID)")
            #expect(one.status == .noContent)
            #expect(try await hub.get(apiToken, "/api/v1/reports").status == .unauthorized)
            #expect(try await hub.get(first, "/api/v1/reports").status == .ok)

            let all = try await hub.send(admin, .delete, "/api/v1/officers/petugas.token/tokens")
            #expect(try json(all)["revoked"] as? Int == 2)
            for token in [first, second] {
                #expect(try await hub.get(token, "/api/v1/reports").status == .unauthorized)
            }

            let reset = try await hub.send(
                admin, .put, "/api/v1/officers/petugas.token/password", ["password": "kata-sandi-baru-2027"])
            #expect(reset.status == .noContent)
            #expect(try await hub.login("petugas.token", "rahasia-petugas.token").status == .unauthorized)
            #expect(try await hub.login("petugas.token", "kata-sandi-baru-2027").status == .created)
        }
    }
}
