import AspirasiCore
import Foundation
import Logging
import PostgresNIO

/// Reads what the public page and the tracking page show beyond the evaluation's counts: recently
/// finished reports, one report's public timeline, the kelurahan outlines and the follow-up photos.
/// The policy is `PublicReports`' (Open311's): confidential reports never appear, and of a report only
/// its number, category, kelurahan, status, dates and public notes (masked) leave the database; never
/// its text, address, point or anything about the reporter.
public struct PublicPageStore: Sendable {
    let database: any DatabaseQuerying

    public init(_ database: any DatabaseQuerying) {
        self.database = database
    }

    /// A finished report as the public page lists it.
    public struct Finished: Sendable, Equatable {
        public let trackingNumber: String
        public let categoryName: String
        public let kelurahanName: String?
        public let createdAt: Date
        public let closedAt: Date
        /// The key of its follow-up photo (`followUpPhoto(key:)`), if it has one.
        public let photoKey: String?
    }

    /// A report as the tracking page shows it.
    public struct Tracked: Sendable, Equatable {
        public struct Step: Sendable, Equatable {
            public let at: Date
            public let status: ReportStatus
            public let note: String?
        }
        public let trackingNumber: String
        public let status: ReportStatus
        public let rejectReason: RejectReason?
        public let categoryName: String
        public let kelurahanName: String?
        public let createdAt: Date
        public let timeline: [Step]
        public let photoKey: String?
    }

    /// The follow-up photo a report publishes: the officers' photo of its last completion while it is
    /// `selesai` and not confidential. A reopened report's or a confidential one's is never served.
    static let followUpPhoto = """
        p.source = 'officer' AND p.bytes IS NOT NULL AND p.sha256 IS NOT NULL AND r.status = 'selesai'
        AND NOT r.confidential
        AND p.event_id = (SELECT max(e.id) FROM report_events e WHERE e.report_id = r.id AND e.kind = 'completed')
        """

    /// The `limit` reports finished last, newest first (`reports_finished_public_idx`, migration 0036).
    public func recentlyFinished(limit: Int, logger: Logger = .silent) async throws -> [Finished] {
        let rows = try await database.run(
            """
            SELECT r.tracking_number, c.name, k.name, r.created_at, r.closed_at,
                   (SELECT \(unescaped: PublicReports.photoKey) FROM report_photos p
                     WHERE p.report_id = r.id AND \(unescaped: Self.followUpPhoto) ORDER BY p.id LIMIT 1)
            FROM (SELECT * FROM reports WHERE status = 'selesai' AND NOT confidential AND closed_at IS NOT NULL
                  ORDER BY closed_at DESC LIMIT \(limit)) r
            JOIN categories c ON c.code = r.category_code
            LEFT JOIN units k ON k.code = r.kelurahan_code
            ORDER BY r.closed_at DESC, r.id DESC
            """, logger: logger)
        var finished: [Finished] = []
        for try await row in rows.decode((String, String, String?, Date, Date, String?).self) {
            finished.append(
                Finished(
                    trackingNumber: row.0, categoryName: row.1, kelurahanName: row.2, createdAt: row.3,
                    closedAt: row.4, photoKey: row.5))
        }
        return finished
    }

    /// The report with `number` and its public steps, oldest first; nil when there is none or it is confidential.
    public func tracked(_ number: TrackingNumber, logger: Logger = .silent) async throws -> Tracked? {
        guard
            let row = try await database.first(
                """
                SELECT r.id, r.tracking_number, r.status, r.reject_reason, c.name, k.name, r.created_at,
                       (SELECT \(unescaped: PublicReports.photoKey) FROM report_photos p
                         WHERE p.report_id = r.id AND \(unescaped: Self.followUpPhoto) ORDER BY p.id LIMIT 1)
                FROM reports r JOIN categories c ON c.code = r.category_code
                LEFT JOIN units k ON k.code = r.kelurahan_code
                WHERE r.tracking_number = \(number.rawValue) AND NOT r.confidential
                """, as: (Int, String, String, String?, String, String?, Date, String?).self, logger: logger),
            let status = ReportStatus(rawValue: row.2)
        else { return nil }
        var steps: [Tracked.Step] = []
        for try await (at, after, note) in try await database.run(
            """
            SELECT occurred_at, status_after, data->>'public_note' FROM report_events
            WHERE report_id = \(row.0) AND id >= \(MonthPartitions.rowsLowerBound(ofReport: row.0))
              AND public AND status_after IS NOT NULL
            ORDER BY occurred_at, id LIMIT 200
            """, logger: logger
        ).decode((Date, String, String?).self) {
            guard let after = ReportStatus(rawValue: after) else { continue }
            // Officers write these notes for the public; a contact detail slipped into one is still masked.
            steps.append(.init(at: at, status: after, note: note.map { PersonalDataMask.masked($0) }))
        }
        return Tracked(
            trackingNumber: row.1, status: status, rejectReason: row.3.flatMap(RejectReason.init),
            categoryName: row.4, kelurahanName: row.5, createdAt: row.6, timeline: steps, photoKey: row.7)
    }

    /// Every kelurahan's outline as GeoJSON (5 decimals, about a metre), by code.
    public func kelurahanOutlines(logger: Logger = .silent) async throws -> [(code: String, geoJSON: String)] {
        var outlines: [(code: String, geoJSON: String)] = []
        for try await (code, json) in try await database.run(
            "SELECT unit_code, ST_AsGeoJSON(geom, 5) FROM kelurahan_areas ORDER BY unit_code", logger: logger
        ).decode((String, String).self) {
            outlines.append((code, json))
        }
        return outlines
    }

    /// The follow-up photo with this key; nil for any other key (unknown, a citizen's, not the last
    /// completion's, of a confidential or no longer finished report).
    public func followUpPhoto(key: String, logger: Logger = .silent) async throws -> PublicReports.Photo? {
        guard let (id, digest) = PublicReports.parsePhotoKey(key) else { return nil }
        let row = try await database.first(
            """
            SELECT p.content_type, p.bytes, encode(p.sha256, 'hex')
            FROM report_photos p JOIN reports r ON r.id = p.report_id
            WHERE p.id = \(id) AND starts_with(encode(p.sha256, 'hex'), \(digest)) AND \(unescaped: Self.followUpPhoto)
            """, as: (String, ByteBuffer, String).self, logger: logger)
        return row.map { PublicReports.Photo(contentType: $0.0, bytes: $0.1, digest: $0.2) }
    }
}
