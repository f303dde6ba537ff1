import AspirasiCore
import Foundation
import PostgresNIO

/// A report written straight into the database for the evaluation's tests: its outcome is chosen, not
/// played through the workflow, so that every figure of a month is known in advance.
struct SeededReport {
    var kelurahan: String
    var status = "menunggu"
    var reason: String?
    /// Hours after the month's start (plus a day) it was created.
    var createdHour: Double = 0
    /// Hours from creation to completion, for a `selesai` report.
    var completionHours: Double?
    /// Hours from creation to the first response.
    var responseHours: Double?
    /// Hours from creation to the completion deadline.
    var dueHours: Double?
    var handler: String?
    var channel = "sms"
    var category = "jalan_rusak"
    /// Linked as a duplicate of the first report seeded.
    var duplicate = false
    var reopened = false
}

/// Seeds `reports` in `month`; returns their ids in order. The first one seeded is the duplicates' original.
func seed(_ reports: [SeededReport], in month: EvaluationMonth, database: PostgresClient, tag: String) async throws
    -> [Int]
{
    var ids: [Int] = []
    for (index, report) in reports.enumerated() {
        let created = month.start + 86_400 + report.createdHour * 3600
        let closed = report.completionHours.map { created + $0 * 3600 } ?? (report.reason != nil ? created + 3600 : nil)
        let responded = report.responseHours.map { created + $0 * 3600 }
        let due = report.dueHours.map { created + $0 * 3600 }
        let rows = try await database.query(
            """
            INSERT INTO reports (tracking_number, channel, category_code, status, reject_reason, description,
                                 kelurahan_code, owner_unit, handler_unit, duplicate_of, reported_at, created_at,
                                 closed_at, responded_at, first_responded_at, completion_due_at, sla_check_at)
            VALUES (\("\(tag)-\(index)"), \(report.channel), \(report.category), \(report.status), \(report.reason),
                    'seeded', \(report.kelurahan), \(report.kelurahan), \(report.handler),
                    \(report.duplicate ? ids.first : nil), to_timestamp(\(created)), to_timestamp(\(created)),
                    to_timestamp(\(closed)), to_timestamp(\(responded)), to_timestamp(\(responded)),
                    to_timestamp(\(due)), NULL)
            RETURNING id
            """)
        for try await id in rows.decode(Int.self) { ids.append(id) }
        if report.reopened, let id = ids.last {
            try await database.query(
                """
                INSERT INTO report_events (report_id, kind, status_after, actor_kind, public, occurred_at)
                VALUES (\(id), 'reopened', 'menunggu', 'citizen', true, to_timestamp(\(created + 7200)))
                """)
        }
    }
    return ids
}

/// The month used by the evaluation's tests, with known outcomes:
///
/// | kelurahan | received | completed | rate | notes |
/// | --- | --- | --- | --- | --- |
/// | 31.71.01.1001 Gambir | 4 | 3 (10, 20, 30 h) | 0.75 | + a duplicate, + a luar_wilayah; one completed late by 31.71-BM; one open at 31.71-BM |
/// | 31.71.01.1002 Cideng | 2 | 1 (5 h) | 0.5 | + one tidak_valid among the received |
/// | 31.71.01.1003 Petojo Utara | 4 | 2 (8, 12 h) | 0.5 | two open at 31.71-SDA, category saluran_air |
/// | 31.71.01.1004 Petojo Selatan | 2 | 1 (40 h) | 0.5 | ties Cideng: the lower code first |
/// | 31.74.01.1001 Tebet Timur | 1 | 1 (6 h) | 1.0 | reopened once; first response 2 h; twitter |
/// | 31.74.01.1002 Tebet Barat | 1 | 0 | 0 | open past its deadline at 31.74-BM; twitter |
let evaluationMonthReports: [SeededReport] = [
    SeededReport(kelurahan: "31.71.01.1001", status: "selesai", completionHours: 10, responseHours: 1),
    SeededReport(kelurahan: "31.71.01.1001", status: "selesai", completionHours: 20),
    SeededReport(kelurahan: "31.71.01.1001", status: "selesai", completionHours: 30, dueHours: 24, handler: "31.71-BM"),
    SeededReport(kelurahan: "31.71.01.1001", status: "proses", dueHours: 1000, handler: "31.71-BM"),
    SeededReport(kelurahan: "31.71.01.1001", status: "ditolak", reason: "duplikat", duplicate: true),
    SeededReport(kelurahan: "31.71.01.1001", status: "ditolak", reason: "luar_wilayah"),
    SeededReport(kelurahan: "31.71.01.1002", status: "selesai", completionHours: 5),
    SeededReport(kelurahan: "31.71.01.1002", status: "ditolak", reason: "tidak_valid"),
    SeededReport(kelurahan: "31.71.01.1003", status: "selesai", completionHours: 8, category: "saluran_air"),
    SeededReport(kelurahan: "31.71.01.1003", status: "selesai", completionHours: 12, category: "saluran_air"),
    SeededReport(
        kelurahan: "31.71.01.1003", status: "disposisi", dueHours: 1000, handler: "31.71-SDA", category: "saluran_air"),
    SeededReport(
        kelurahan: "31.71.01.1003", status: "proses", dueHours: 1000, handler: "31.71-SDA", category: "saluran_air"),
    SeededReport(kelurahan: "31.71.01.1004", status: "selesai", completionHours: 40),
    SeededReport(kelurahan: "31.71.01.1004", status: "menunggu"),
    SeededReport(
        kelurahan: "31.74.01.1001", status: "selesai", completionHours: 6, responseHours: 2, channel: "twitter",
        reopened: true),
    SeededReport(
        kelurahan: "31.74.01.1002", status: "proses", createdHour: -23, dueHours: 1, handler: "31.74-BM",
        channel: "twitter"),
]
