import Foundation
import HTTPTypes
import Hummingbird

/// SP4N-LAPOR!'s agency API as CHANNELS.md designs it. `GET /api/v1/laporan`
/// lists the reports disposed to an agency by (last update, tracking id)
/// after the cursor; `POST /api/v1/laporan/{id}/tindak-lanjut` records a
/// follow-up, moves the report's LAPOR! status and update time (so the report
/// comes round in the feed again, as on the real service) and keeps one
/// follow-up per `Idempotency-Key`.
public actor FakeLapor {
    public nonisolated let token: String
    public nonisolated let agency: String
    private var reports: [String: [String: any Sendable]] = [:]
    private var clock = 0
    public private(set) var followUps: [ReceivedUpdate] = []
    /// Reports other systems filed (`POST /api/v1/laporan`), by the tracking id LAPOR! gave them.
    public private(set) var filed: [String: [String: String]] = [:]
    private var filedKeys: [String: String] = [:]

    public init(token: String = "lapor-token", agency: String = "pemprov-dki") {
        self.token = token
        self.agency = agency
    }

    /// The next update time: strictly increasing, like LAPOR!'s `diperbarui`.
    private func tick() -> String {
        clock += 1
        return String(format: "2026-11-20T%02d:%02d:00+07:00", 8 + clock / 60, clock % 60)
    }

    public func add(
        id: String, title: String, body: String, status: String = "disposisi", latitude: Double? = nil,
        longitude: Double? = nil, address: String? = nil, anonymous: Bool = false, reporter: String = "Siti",
        confidential: Bool = false
    ) {
        var report: [String: any Sendable] = [
            "tracking_id": id, "judul": title, "isi": body, "status": status, "anonim": anonymous,
            "rahasia": confidential, "pelapor": ["nama": reporter], "dibuat": "2026-11-20T07:00:00+07:00",
            "lampiran": [String](), "komentar": [[String: any Sendable]](), "instansi": agency,
        ]
        if let latitude, let longitude {
            report["lat"] = latitude
            report["lng"] = longitude
        }
        if let address { report["lokasi"] = address }
        report["diperbarui"] = tick()
        reports[id] = report
    }

    /// The reporter writes on LAPOR! (a question, or a dispute of our result).
    public func comment(on id: String, commentID: String, text: String, from: String = "pelapor") {
        guard var report = reports[id] else { return }
        var comments = report["komentar"] as? [[String: any Sendable]] ?? []
        comments.append(["id": commentID, "dari": from, "isi": text, "dibuat": "2026-11-21T09:00:00+07:00"])
        report["komentar"] = comments
        report["diperbarui"] = tick()
        reports[id] = report
    }

    public func status(of id: String) -> String? { reports[id]?["status"] as? String }

    func page(agency: String, after: (String, String)?, limit: Int) -> ([[String: any Sendable]], Bool) {
        let ordered = reports.values.filter { $0["instansi"] as? String == agency }
            .map { (($0["diperbarui"] as? String ?? ""), ($0["tracking_id"] as? String ?? ""), $0) }
            .filter { after == nil || ($0.0, $0.1) > (after?.0 ?? "", after?.1 ?? "") }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        return (ordered.prefix(limit).map(\.2), ordered.count > limit)
    }

    func followUp(_ update: ReceivedUpdate) -> Bool {
        guard var report = reports[update.target] else { return false }
        if let key = update.idempotencyKey, followUps.contains(where: { $0.idempotencyKey == key }) { return true }
        followUps.append(update)
        if let status = update.fields["status"] { report["status"] = status }
        report["diperbarui"] = tick()
        reports[update.target] = report
        return true
    }

    /// A report filed by another system: one per `Idempotency-Key`, a new LAPOR! tracking id each.
    func file(_ fields: [String: String], key: String?) -> String {
        if let key, let id = filedKeys[key] { return id }
        let id = "LAPOR-\(7_000_001 + filed.count)"
        filed[id] = fields
        if let key { filedKeys[key] = id }
        return id
    }

    public nonisolated func router() -> Router<BasicRequestContext> {
        let router = Router()
        let token = self.token
        let tokenHeader = HTTPField.Name("X-Lapor-Token")
        router.get("/api/v1/laporan") { request, _ -> Response in
            guard tokenHeader.flatMap({ request.headers[$0] }) == token else {
                return jsonResponse(["error": "token"], status: .unauthorized)
            }
            let query = request.uri.queryParameters
            let after = query["updated_after"].map { (String($0), String(query["after_id"] ?? "")) }
            let (page, more) = await self.page(
                agency: String(query["instansi"] ?? ""), after: after,
                limit: query["limit"].flatMap { Int(String($0)) } ?? 50)
            return jsonResponse(["laporan": page, "has_more": more])
        }
        router.post("/api/v1/laporan") { request, _ -> Response in
            guard tokenHeader.flatMap({ request.headers[$0] }) == token else {
                return jsonResponse(["error": "token"], status: .unauthorized)
            }
            let body = jsonObject(try await request.body.collect(upTo: 64 * 1024))
            guard let text = body["isi"] as? String, !text.isEmpty else {
                return jsonResponse(["error": "isi wajib diisi"], status: .badRequest)
            }
            let fields = body.mapValues { "\($0)" }
            let id = await self.file(fields, key: HTTPField.Name("Idempotency-Key").flatMap { request.headers[$0] })
            return jsonResponse(["tracking_id": id], status: .created)
        }
        router.post("/api/v1/laporan/:id/tindak-lanjut") { request, context -> Response in
            guard tokenHeader.flatMap({ request.headers[$0] }) == token else {
                return jsonResponse(["error": "token"], status: .unauthorized)
            }
            let body = jsonObject(try await request.body.collect(upTo: 64 * 1024))
            let update = ReceivedUpdate(
                target: context.parameters.get("id") ?? "",
                idempotencyKey: HTTPField.Name("Idempotency-Key").flatMap { request.headers[$0] },
                fields: body.compactMapValues { $0 as? String })
            guard await self.followUp(update) else { return jsonResponse(["error": "not found"], status: .notFound) }
            return jsonResponse(["id": "TL-\(update.idempotencyKey ?? "x")"])
        }
        return router
    }
}
