import AspirasiCore
import Foundation
import Logging
import NIOCore
import PostgresNIO

extension ReportWorkflow {
    /// Stores an officer's photo of a report (the follow-up, cited later by `complete`).
    /// The type comes from the bytes; anything but JPEG or PNG is refused.
    public func addPhoto(
        to trackingNumber: String, by officer: Officer, bytes: ByteBuffer, logger: Logger = .silent
    ) async throws -> ReportDetail.Photo {
        guard officer.role.may(.complete) || officer.role.may(.reply) else {
            throw WorkflowError.forbidden("a \(officer.role.rawValue) may not add photos")
        }
        let type = try Self.checkedImageType(bytes)
        let report = try await visibleReport(trackingNumber, for: officer, logger: logger)
        let id = try await storePhoto(bytes, type: type, report: report, by: officer, client, logger)
        return ReportDetail.Photo(
            id: id, source: "officer", contentType: type.rawValue, url: nil, eventId: nil, stored: true, fetchError: nil
        )
    }

    /// The photo's type, read from its bytes; anything but JPEG or PNG, or too large, is refused.
    static func checkedImageType(_ bytes: ByteBuffer) throws -> ImageType {
        guard bytes.readableBytes <= ImageType.maximumBytes else {
            throw WorkflowError.invalid(field: "photo", message: "at most \(ImageType.maximumBytes / 1_048_576) MiB")
        }
        guard let type = ImageType.sniff(bytes.readableBytesView) else {
            throw WorkflowError.invalid(field: "photo", message: "only JPEG or PNG images are accepted")
        }
        return type
    }

    /// Stores an officer's photo of a report on `db` (a transaction's connection, or any) and returns its id.
    func storePhoto(
        _ bytes: ByteBuffer, type: ImageType, report: Int, by officer: Officer, _ db: some DatabaseQuerying,
        _ logger: Logger
    ) async throws -> Int {
        let id = try await db.first(
            """
            INSERT INTO report_photos (report_id, source, content_type, bytes, byte_size, sha256, uploaded_by)
            VALUES (\(report), 'officer', \(type.rawValue), \(bytes), \(bytes.readableBytes), sha256(\(bytes)), \(officer.id))
            RETURNING id
            """, as: Int.self, logger: logger)
        guard let id else { throw StoreError(.unavailable, "the photo was not stored") }
        return id
    }

    /// A stored photo's type and bytes, for an officer who may see its report.
    public func photo(_ id: Int, for officer: Officer, logger: Logger = .silent) async throws
        -> (contentType: String, bytes: ByteBuffer)
    {
        let scope = AccessScope(unit: officer.unitCode, in: try await catalog())
        let row = try await client.first(
            """
            SELECT p.content_type, p.bytes, r.owner_unit, r.handler_unit
            FROM report_photos p JOIN reports r ON r.id = p.report_id
            WHERE p.id = \(id) AND p.bytes IS NOT NULL
            """, as: (String, ByteBuffer, String?, String?).self, logger: logger)
        guard let row, scope.covers(row.2) || scope.covers(row.3) else {
            throw WorkflowError.notFound("no photo \(id) in your units")
        }
        return (row.0, row.1)
    }

    /// The id of a report the officer may see; 404 otherwise.
    func visibleReport(_ trackingNumber: String, for officer: Officer, logger: Logger) async throws -> Int {
        let scope = AccessScope(unit: officer.unitCode, in: try await catalog())
        let row = try await client.first(
            "SELECT id, owner_unit, handler_unit FROM reports WHERE tracking_number = \(trackingNumber)",
            as: (Int, String?, String?).self, logger: logger)
        guard let row, scope.covers(row.1) || scope.covers(row.2) else {
            throw WorkflowError.notFound("no report \(trackingNumber) in your units")
        }
        return row.0
    }
}
