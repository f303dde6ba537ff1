import AspirasiCore
import Foundation
import Logging
import PostgresNIO

/// Reads reports for public APIs (Open311). Nothing that names or reaches a
/// person is shown: `Publication` decides what of a report may be.
public struct PublicReports: Sendable {
    public struct Filter: Sendable {
        public var trackingNumbers: [String] = []
        public var categories: [String] = []
        public var statuses: [ReportStatus] = []
        public var from: Date
        public var until: Date
        public var limit: Int

        public init(from: Date, until: Date, limit: Int) {
            self.from = from
            self.until = until
            self.limit = limit
        }
    }

    let database: any DatabaseQuerying

    public init(_ database: any DatabaseQuerying) {
        self.database = database
    }

    /// Reports matching `filter`, newest first, as `Publication` allows them to be shown. Tracking
    /// numbers, when given, override the other conditions.
    public func reports(_ filter: Filter, logger: Logger = .silent) async throws -> [PublicReport] {
        let byNumber = !filter.trackingNumbers.isEmpty
        let statuses = filter.statuses.map(\.rawValue)
        // A private channel's text and address never leave the database here; the reporter's names are
        // read only for public posts, to mask them in the text, and are never shown.
        let rows = try await database.run(
            """
            SELECT r.tracking_number, r.status, r.reject_reason, c.code, c.name,
                   CASE WHEN r.public_post THEN r.description END, r.public_post, h.name, k.name,
                   r.created_at, r.updated_at, CASE WHEN r.public_post THEN r.address_text END,
                   ST_Y(r.location), ST_X(r.location),
                   (SELECT \(unescaped: Self.photoKey) FROM report_photos p
                     WHERE p.report_id = r.id AND \(unescaped: Self.publishedPhoto) ORDER BY p.id LIMIT 1),
                   d.tracking_number,
                   CASE WHEN r.public_post THEN array_remove(ARRAY[ci.display_name, ci.handle, pc.display_name], NULL)
                        ELSE '{}'::text[] END
            FROM reports r
            JOIN categories c ON c.code = r.category_code
            LEFT JOIN units h ON h.code = r.handler_unit
            LEFT JOIN units k ON k.code = r.kelurahan_code
            LEFT JOIN reports d ON d.id = r.duplicate_of
            LEFT JOIN contact_identities ci ON ci.id = r.reporter_identity_id
            LEFT JOIN contacts pc ON pc.id = ci.contact_id
            WHERE NOT r.confidential
              AND ((\(byNumber) AND r.tracking_number = ANY(\(filter.trackingNumbers)::text[]))
               OR (NOT \(byNumber)
                   AND (cardinality(\(filter.categories)::text[]) = 0 OR r.category_code = ANY(\(filter.categories)::text[]))
                   AND (cardinality(\(statuses)::text[]) = 0 OR r.status = ANY(\(statuses)::text[]))
                   AND r.created_at >= \(filter.from) AND r.created_at <= \(filter.until)))
            ORDER BY r.created_at DESC, r.id DESC
            LIMIT \(filter.limit)
            """, logger: logger)
        var reports: [PublicReport] = []
        let decoded = rows.decode(
            (
                String, String, String?, String, String, String?, Bool, String?, String?, Date, Date, String?, Double?,
                Double?, String?, String?, [String]
            ).self)
        for try await row in decoded {
            guard let status = ReportStatus(rawValue: row.1) else { continue }
            let (publicPost, kelurahan, names) = (row.6, row.8, row.16)
            let location = row.12.flatMap { lat in
                row.13.flatMap { lon in try? GeoPoint(latitude: lat, longitude: lon) }
            }
            reports.append(
                PublicReport(
                    trackingNumber: row.0, status: status, rejectReason: row.2.flatMap(RejectReason.init),
                    categoryCode: row.3, categoryName: row.4,
                    description: Publication.description(
                        text: row.5, publicPost: publicPost, categoryName: row.4, kelurahan: kelurahan, names: names),
                    agency: row.7, requestedAt: row.9, updatedAt: row.10,
                    address: Publication.address(row.11, publicPost: publicPost, kelurahan: kelurahan, names: names),
                    location: Publication.location(location, publicPost: publicPost), photoKey: row.14,
                    duplicateOf: row.15))
        }
        return reports
    }

    /// Public status changes between two times, oldest first.
    public func updates(from: Date, until: Date, limit: Int, logger: Logger = .silent) async throws -> [PublicUpdate] {
        let rows = try await database.run(
            """
            SELECT e.id, r.tracking_number, e.status_after, e.occurred_at, e.data->>'public_note'
            FROM report_events e JOIN reports r ON r.id = e.report_id
            WHERE e.public AND NOT r.confidential AND e.status_after IS NOT NULL AND e.occurred_at >= \(from)
              AND e.occurred_at <= \(until)
            ORDER BY e.occurred_at, e.id
            LIMIT \(limit)
            """, logger: logger)
        var updates: [PublicUpdate] = []
        for try await (id, number, status, at, note) in rows.decode((Int, String, String, Date, String?).self) {
            guard let status = ReportStatus(rawValue: status) else { continue }
            // Officers write these notes for the public; a contact detail slipped into one is still masked.
            updates.append(
                PublicUpdate(
                    id: id, trackingNumber: number, status: status, at: at,
                    note: note.map { PersonalDataMask.masked($0) }))
        }
        return updates
    }

    /// The tracking number of the report an Open311 token (our message id) became.
    public func trackingNumber(forMessage externalID: String, channel: AspirasiCore.Channel, logger: Logger = .silent)
        async throws -> String?
    {
        try await database.first(
            """
            SELECT r.tracking_number FROM inbound_messages m JOIN reports r ON r.id = m.report_id
            WHERE m.channel = \(channel.rawValue) AND m.external_id = \(externalID)
            """, as: String.self, logger: logger)
    }
}
