import AspirasiCore
import AspirasiStore
import Foundation
import Logging
import PostgresNIO

/// Two citizens and a bystander: Rahmawati reports by SMS (her number spelled one way), comments on
/// Bambang's report through the partner API (spelled another way), and sends a photo; a partner message
/// of a third citizen quotes her number in its payload; an officer answers her report.
struct CitizenFixture {
    /// Strings that are Rahmawati's alone; none may survive her erasure anywhere.
    static let rahmasTraces = [
        "99990001", "Rahmawati", "Kusumadewi", "ebracross7731", "Melati 7731", "photos.example/rahma", "rahma-sms-1",
        "rahma-api-2",
    ]
    static let bambangsText = "Lampu jalan mati total nomor 8842 di gang kelinci"

    let rahmasReport: String
    let bambangsReport: String

    static func seed(_ hub: LiveHub) async throws -> CitizenFixture {
        let key = try await hub.partnerKey()
        let bambang = try await hub.submit(
            message(
                "bambang-api-1",
                [
                    "author": "+6281288880002", "author_name": "Bambang Widodo", "text": bambangsText,
                    "category": "lampu_jalan", "lat": -6.1760, "lon": 106.8280,
                ]), key: key)
        let rahma = try await hub.submit(
            message(
                "rahma-sms-1",
                [
                    "channel": "sms", "author": "+6281299990001", "author_name": "Rahmawati Kusumadewi",
                    "text": "Zebracross7731 pudar di depan sekolah, mohon dicat ulang", "category": "jalan_rusak",
                    "address": "Jl. Melati 7731 RT 05", "photos": ["https://photos.example/rahma/1.jpg"],
                ]), key: key)
        let comment = try await hub.submit(
            message(
                "rahma-api-2",
                [
                    "author": "0812-9999-0001", "author_name": "Rahmawati K.", "in_reply_to": "bambang-api-1",
                    "text": "Kapan zebracross7731 dan lampu ini diperbaiki?",
                ]), key: key)
        guard comment.tracking_number == bambang.tracking_number else {
            throw HubTestError.unexpected("the comment did not thread to Bambang's report")
        }
        _ = try await hub.submit(
            message(
                "citra-api-3",
                [
                    "author": "+6281277770003", "author_name": "Citra Lestari", "text": "Got mampet di gang mawar",
                    "category": "saluran_air", "quoted_contact": "+6281299990001", "lat": -6.1770, "lon": 106.8260,
                ]), key: key)
        let officer = try await hub.signIn("koordinator.gambir", unit: gambir, role: .koordinator)
        let reply = try await hub.act(officer, rahma.tracking_number, "reply", ["note": "Akan kami cek minggu ini"])
        guard reply.status == .ok else { throw HubTestError.unexpected("reply: \(reply.status)") }
        return CitizenFixture(rahmasReport: rahma.tracking_number, bambangsReport: bambang.tracking_number)
    }

    /// For each trace, the tables and columns (text, JSON, bytes; every table of the schema) that hold it.
    static func traces(_ database: PostgresClient, of needles: [String]) async throws -> [String: [String]] {
        var columns: [(table: String, column: String, type: String)] = []
        for try await row in try await database.query(
            """
            SELECT c.table_name::text, c.column_name::text, c.data_type::text
            FROM information_schema.columns c JOIN information_schema.tables t
              ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = 'public' AND c.table_name <> 'spatial_ref_sys'
              AND c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'bytea', 'ARRAY')
            """
        ).decode((String, String, String).self) { columns.append(row) }
        var found: [String: [String]] = [:]
        for needle in needles {
            for column in columns {
                let test =
                    column.type == "bytea"
                    ? "position(convert_to('\(needle)', 'UTF8') IN \"\(column.column)\") > 0"
                    : "\"\(column.column)\"::text ILIKE '%\(needle)%'"
                let hits = try await database.count(
                    PostgresQuery(unsafeSQL: "SELECT count(*) FROM \"\(column.table)\" WHERE \(test)"))
                if hits > 0 { found[needle, default: []].append("\(column.table).\(column.column)") }
            }
        }
        return found
    }
}

/// Collects what the hub logs, to show that nothing personal is in it.
final class CapturedLogs: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var text: String { lock.withLock { lines.joined(separator: "\n") } }

    var logger: Logger {
        Logger(label: "captured") { _ in CapturingLogHandler(logs: self) }
    }
}

struct CapturingLogHandler: LogHandler {
    let logs: CapturedLogs
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        logs.append("\(event.level) \(event.message) \(metadata.merging(event.metadata ?? [:]) { $1 })")
    }
}
