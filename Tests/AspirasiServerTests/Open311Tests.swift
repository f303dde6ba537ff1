import AspirasiCore
import AspirasiTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite struct Open311Tests {
    func post(_ hub: LiveHub, _ form: String, format: String = "json") async throws -> TestResponse {
        try await hub.http.execute(
            uri: "/open311/v2/requests.\(format)", method: .post,
            headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: form))
    }

    func get(_ hub: LiveHub, _ uri: String) async throws -> (HTTPResponse.Status, String) {
        let response = try await hub.http.execute(uri: uri, method: .get)
        return (response.status, String(buffer: response.body))
    }

    @Test func servicesAreOurCategoriesInJSONAndXML() async throws {
        try await withLiveHub { hub in
            let (status, json) = try await get(hub, "/open311/v2/services.json")
            #expect(status == .ok)
            let services = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
            #expect(services?.count == 21)
            #expect(services?.contains { $0["service_code"] as? String == "jalan_rusak" } == true)
            let (xmlStatus, xml) = try await get(hub, "/open311/v2/services.xml")
            #expect(xmlStatus == .ok)
            #expect(xml.contains("<services><service><service_code>"))
            #expect(xml.components(separatedBy: "<service>").count - 1 == 21)
            let (defStatus, definition) = try await get(hub, "/open311/v2/services/sampah.xml")
            #expect(defStatus == .ok)
            #expect(
                definition.contains("<service_definition><service_code>sampah</service_code><attributes></attributes>"))
            #expect(try await get(hub, "/open311/v2/services/nope.json").0 == .notFound)
            #expect(try await get(hub, "/open311/v2/discovery.json").1.contains("GeoReport_v2"))
        }
    }

    @Test func postThenReadBackWithoutPersonalData() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey("qlue")
            let form =
                "api_key=\(key)&service_code=sampah&lat=-6.1754&long=106.8272&description=Sampah+menumpuk+%26+bau"
                + "&email=warga%40example.com&first_name=Budi&phone=%2B628123&media_url=https%3A%2F%2Fqlue.example%2Fp%2F1.jpg"
            let created = try await post(hub, form)
            #expect(created.status == .created)
            let answer = try JSONSerialization.jsonObject(with: Data(buffer: created.body)) as? [[String: Any]]
            let id = try #require(answer?.first?["service_request_id"] as? String)
            let token = try #require(answer?.first?["token"] as? String)

            let again = try await post(hub, form)
            #expect(again.status == .ok, "a retried POST is the same request")
            #expect(String(buffer: again.body).contains(id))

            let (status, json) = try await get(hub, "/open311/v2/requests/\(id).json")
            #expect(status == .ok)
            let request = (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])?.first
            #expect(request?["status"] as? String == "open")
            #expect(request?["service_code"] as? String == "sampah")
            #expect(request?["description"] as? String == "Sampah menumpuk & bau")
            #expect(request?["media_url"] is NSNull, "the provider's URL is never shown; the hub's copy once fetched")
            #expect((request?["lat"] as? Double).map { abs($0 + 6.1754) < 1e-9 } == true)
            for secret in ["warga@example.com", "Budi", "+628123"] {
                #expect(!json.contains(secret), "GET must not show \(secret)")
            }
            let (_, xml) = try await get(hub, "/open311/v2/requests/\(id).xml")
            #expect(xml.contains("<service_request_id>\(id)</service_request_id>"))
            #expect(xml.contains("<description>Sampah menumpuk &amp; bau</description>"))
            let (_, list) = try await get(hub, "/open311/v2/requests.json?status=open&service_code=sampah")
            #expect(list.contains(id))
            let (_, closed) = try await get(hub, "/open311/v2/requests.json?status=closed")
            #expect(!closed.contains(id))
            let (_, byToken) = try await get(hub, "/open311/v2/tokens/\(token).json")
            #expect(byToken.contains(id))
        }
    }

    /// Open311 clients read their reports (`GET requests`): nothing is queued for them, neither the
    /// acknowledgement nor a status change. With no sender such a row would wait for ever and ring the
    /// outbox's oldest-due alarm.
    @Test func nothingIsQueuedForAnOpen311Reporter() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey("app")
            let created = try await post(
                hub,
                "api_key=\(key)&service_code=sampah&lat=-6.1754&long=106.8272&description=Sampah+menumpuk"
                    + "&email=warga%40example.com")
            #expect(created.status == .created)
            let answer = try JSONSerialization.jsonObject(with: Data(buffer: created.body)) as? [[String: Any]]
            let number = try #require(answer?.first?["service_request_id"] as? String)
            var kelurahan: String?
            for try await code in try await hub.database.query(
                "SELECT kelurahan_code FROM reports WHERE tracking_number = \(number)"
            ).decode(String?.self) { kelurahan = code }
            let petugas = try await hub.signIn("petugas.open311", unit: try #require(kelurahan), role: .petugas)
            #expect(try await hub.act(petugas, number, "start").status == .ok)
            #expect(try await hub.status(of: number) == "proses")
            #expect(try await hub.database.count("SELECT count(*) FROM deliveries WHERE channel = 'app'") == 0)
        }
    }

    @Test func updatesSinceATime() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey("qlue")
            let created = try await post(
                hub, "api_key=\(key)&service_code=banjir&lat=-6.2250&long=106.9&description=banjir")
            #expect(created.status == .created)
            let (status, xml) = try await get(
                hub, "/open311/v2/servicerequestupdates.xml?start_date=2020-01-01T00:00:00Z")
            #expect(status == .ok)
            #expect(xml.contains("<service_request_updates><request_update><update_id>"))
            #expect(xml.contains("<external_status_code>menunggu</external_status_code>"))
        }
    }

    @Test(arguments: [
        ("service_code=nope&lat=-6.2&long=106.8", "service_code", 400),
        ("service_code=sampah&description=x", "location", 400),
        ("service_code=sampah&lat=-95&long=106.8", "lat", 400),
        ("service_code=sampah&lat=-6.2&long=200", "long", 400),
        (
            "service_code=sampah&lat=-6.2&long=106.8&description=" + String(repeating: "a", count: 4001), "description",
            400
        ),
    ])
    func invalidPostsGetTheSpecsErrorAndStoreNothing(form: String, mentions: String, status: Int) async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey("qlue")
            for format in ["json", "xml"] {
                let response = try await post(hub, "api_key=\(key)&" + form, format: format)
                #expect(response.status.code == status)
                let body = String(buffer: response.body)
                #expect(body.contains(mentions))
                #expect(
                    format == "json"
                        ? body.hasPrefix("[{\"code\":\(status)")
                        : body.contains("<errors><error><code>\(status)</code>"))
            }
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages") == 0)
        }
    }

    @Test func aMissingOrWrongKeyIs403() async throws {
        try await withLiveHub { hub in
            _ = try await hub.partnerKey("qlue")
            let missing = try await post(hub, "service_code=sampah&lat=-6.2&long=106.8")
            #expect(missing.status == .forbidden)
            #expect(String(buffer: missing.body).contains("api_key"))
            let wrong = try await post(hub, "api_key=asp_wrong&service_code=sampah&lat=-6.2&long=106.8", format: "xml")
            #expect(wrong.status == .forbidden)
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages") == 0)
        }
    }

    @Test func theWrongJurisdictionIs404() async throws {
        try await withLiveHub { (hub: LiveHub) async throws in
            #expect(try await get(hub, "/open311/v2/services.json?jurisdiction_id=bandung").0 == .notFound)
            #expect(try await get(hub, "/open311/v2/services.json?jurisdiction_id=jakarta").0 == .ok)
            #expect(try await get(hub, "/open311/v2/services.csv").0 == .notFound)
        }
    }
}
