import Logging
import PostgresNIO

/// Brings a database up to date: pending migrations, then the reference data
/// when the database has none yet.
public enum DatabasePreparation {
    public struct Outcome: Sendable {
        public let appliedMigrations: [String]
        public let imported: ReferenceDataImporter.Summary?
    }

    @discardableResult
    public static func prepare(_ client: PostgresClient, logger: Logger) async throws -> Outcome {
        let applied = try await Migrator().migrate(client, logger: logger)
        var imported: ReferenceDataImporter.Summary? = nil
        if try await ReferenceDataImporter.isEmpty(client) {
            imported = try await ReferenceDataImporter(files: ReferenceFiles.locate()).importAll(client, logger: logger)
        }
        return Outcome(appliedMigrations: applied, imported: imported)
    }
}
