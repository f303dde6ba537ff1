import AspirasiCore
import AspirasiTestSupport
import Foundation
import HummingbirdTesting
import Testing

@Suite struct WorkflowTests {
    /// A report goes through every status; each step is an event with its actor, and the citizen is owed a message.
    @Test func aReportWalksThroughEveryTransition() async throws {
        try await withLiveHub { hub in
            try await hub.database.query(
                "INSERT INTO unit_contacts (unit_code, role, channel, address) SELECT code, 'kepala', 'email', 'sudin@example.go.id' FROM units WHERE code = '31.71-BM'"
            )
            let number = try await hub.newReport("walk-1")
            let koordinator = try await hub.signIn("koor.gambir", unit: gambir, role: .koordinator)
            let petugas = try await hub.signIn("petugas.gambir", unit: gambir, role: .petugas)
            let statusMessages = {
                try await hub.count("SELECT count(*) FROM deliveries WHERE kind = 'status'")
            }

            var response = try await hub.act(koordinator, number, "coordinate", ["note": "cek dengan RT 05"])
            #expect(response.status == .ok)
            #expect(try await hub.status(of: number) == "koordinasi")
            #expect(try await statusMessages() == 1)

            response = try await hub.act(koordinator, number, "dispose", [:])
            #expect(response.status == .ok)
            let disposed = try json(response)
            #expect(disposed["handler_unit"] as? String == "31.71-BM")
            #expect(try await hub.count("SELECT count(*) FROM deliveries WHERE recipient = 'sudin@example.go.id'") == 1)

            // The kelurahan no longer handles it: only the agency may accept or return it.
            response = try await hub.act(petugas, number, "accept")
            #expect(response.status == .forbidden)
            let sudin = try await hub.signIn("petugas.sudin", unit: "31.71-BM", role: .petugas)
            response = try await hub.act(sudin, number, "return", [:])
            #expect(response.status == .badRequest)
            #expect(try json(response)["error"].flatMap { ($0 as? [String: Any])?["parameter"] as? String } == "note")
            response = try await hub.act(sudin, number, "accept")
            #expect(response.status == .ok)
            #expect(try await hub.status(of: number) == "proses")

            // Completing needs a note and a photo of the follow-up uploaded to this report.
            response = try await hub.act(sudin, number, "complete", ["note": "sudah ditambal"])
            #expect(response.status == .badRequest)
            response = try await hub.uploadPhoto(sudin, number, bytes: Array("not an image".utf8))
            #expect(response.status == .badRequest)
            response = try await hub.uploadPhoto(sudin, number)
            #expect(response.status == .created)
            let photo = try #require(try json(response)["id"] as? Int)
            response = try await hub.act(sudin, number, "complete", ["note": "sudah ditambal", "photos": [photo]])
            #expect(response.status == .ok)
            #expect(try await hub.status(of: number) == "selesai")
            let photoResponse = try await hub.get(sudin, "/api/v1/photos/\(photo)")
            #expect(photoResponse.status == .ok)
            #expect(photoResponse.headers[.contentType] == "image/jpeg")
            #expect(Array(photoResponse.body.readableBytesView) == tinyJPEG)

            // An illegal move: 409 naming what is allowed now.
            response = try await hub.act(koordinator, number, "dispose", [:])
            #expect(response.status == .conflict)
            let error = try json(response)["error"] as? [String: Any]
            #expect(error?["allowed"] as? [String] == ["note", "reply", "reopen"])

            // The citizen disputes on their channel: back to menunggu, with the kelurahan again.
            let dispute = try await hub.submit(
                message("walk-1-dispute", ["text": "Laporan \(number) belum selesai, masih rusak"]),
                key: try await hub.partnerKey("dispute"))
            #expect(dispute.outcome == "reopened")
            #expect(try await hub.status(of: number) == "menunggu")

            response = try await hub.act(
                koordinator, number, "reject", ["reason": "tidak_valid", "note": "bukan jalan umum"])
            #expect(response.status == .ok)
            #expect(try await hub.status(of: number) == "ditolak")
            response = try await hub.act(koordinator, number, "reopen", ["note": "ternyata jalan umum"])
            #expect(response.status == .ok)
            response = try await hub.act(petugas, number, "start")
            #expect(response.status == .ok)
            #expect(try await hub.status(of: number) == "proses")
            response = try await hub.act(petugas, number, "note", ["note": "internal saja"])
            #expect(response.status == .ok)
            response = try await hub.act(petugas, number, "reply", ["note": "Petugas sedang menuju lokasi"])
            #expect(response.status == .ok)

            // Status messages: koordinasi, disposisi, proses, selesai, ditolak, menunggu, proses, and the reply.
            // The note is internal and the dispute is answered by the intake's own acknowledgement.
            #expect(try await statusMessages() == 8)
            let internalNote = try await hub.count(
                "SELECT count(*) FROM report_events WHERE kind = 'noted' AND public = false AND actor_kind = 'officer'")
            #expect(internalNote == 1)

            let detail = try json(try await hub.get(petugas, "/api/v1/reports/\(number)"))
            let kinds = (detail["events"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
            #expect(
                kinds == [
                    "created", "coordinated", "disposed", "accepted", "completed", "reopened", "rejected", "reopened",
                    "started", "noted", "replied",
                ])
            #expect((detail["messages"] as? [Any])?.count == 2)
            #expect(((detail["deliveries"] as? [Any])?.count ?? 0) >= 9)
        }
    }

    @Test func aMisroutedReportMovesToAnotherKelurahan() async throws {
        try await withLiveHub { hub in
            let number = try await hub.newReport("reassign-1")
            let koordinator = try await hub.signIn("koor.gambir", unit: gambir, role: .koordinator)
            let cidengOfficer = try await hub.signIn("petugas.cideng", unit: cideng, role: .petugas)
            #expect(try await hub.get(cidengOfficer, "/api/v1/reports/\(number)").status == .notFound)
            let response = try await hub.act(koordinator, number, "reassign", ["kelurahan": cideng])
            #expect(response.status == .ok)
            #expect(try await hub.get(cidengOfficer, "/api/v1/reports/\(number)").status == .ok)
            #expect(try await hub.get(koordinator, "/api/v1/reports/\(number)").status == .notFound)
        }
    }

    @Test func theQueueIsScopedAndFiltered() async throws {
        try await withLiveHub { hub in
            let first = try await hub.newReport("queue-1")
            var inCideng = (0.0, 0.0)
            for try await point in try await hub.database.query(
                "SELECT ST_Y(ST_PointOnSurface(geom)), ST_X(ST_PointOnSurface(geom)) FROM kelurahan_areas WHERE unit_code = \(cideng)"
            ).decode((Double, Double).self) { inCideng = point }
            _ = try await hub.newReport("queue-2", ["lat": inCideng.0, "lon": inCideng.1, "category": "sampah"])
            let gambirOfficer = try await hub.signIn("petugas.gambir", unit: gambir, role: .petugas)
            let camat = try await hub.signIn("camat.gambir", unit: kecamatanGambir, role: .pimpinan)
            let province = try await hub.signIn("admin", unit: "31", role: .admin)
            let cidengOfficer = try await hub.signIn("petugas.cideng", unit: cideng, role: .petugas)

            func total(_ token: String, _ query: String = "") async throws -> Int? {
                try json(try await hub.get(token, "/api/v1/reports\(query)"))["total"] as? Int
            }
            #expect(try await total(gambirOfficer) == 1)
            #expect(try await total(cidengOfficer) == 1)
            #expect(try await total(camat) == 2)
            #expect(try await total(province) == 2)
            #expect(try await total(province, "?category=sampah") == 1)
            #expect(try await total(province, "?status=proses") == 0)
            #expect(try await total(province, "?older_than_hours=1") == 0)
            let page = try json(try await hub.get(province, "/api/v1/reports?per_page=1&page=1"))
            #expect((page["reports"] as? [[String: Any]])?.first?["tracking_number"] as? String == first)
            // Past the last page: no reports, and the total still counts only what the filter matches.
            let beyond = try json(try await hub.get(province, "/api/v1/reports?category=sampah&page=5"))
            #expect(beyond["total"] as? Int == 1)
            #expect((beyond["reports"] as? [Any])?.isEmpty == true)
            #expect(try await hub.get(province, "/api/v1/reports?status=bogus").status == .badRequest)
            // Numbers past what the queue can count are a 400 naming them: the largest page once overflowed
            // the offset's arithmetic (the hub crashed), and a huge age made PostgreSQL refuse the query (503).
            for query in ["page=9223372036854775807", "page=1000001", "older_than_hours=3000000000"] {
                let refused = try await hub.get(province, "/api/v1/reports?\(query)")
                #expect(refused.status == .badRequest, "\(query)")
                let parameter = (try json(refused)["error"] as? [String: Any])?["parameter"] as? String
                #expect(parameter == String(query.prefix { $0 != "=" }))
            }
            #expect(try await total(province, "?older_than_hours=876000&page=1000000") == 0)
            #expect(try await hub.get(nil, "/api/v1/reports").status == .unauthorized)
            #expect(try await hub.get("ses_forged", "/api/v1/reports").status == .unauthorized)
        }
    }
}
