import Logging
import PostgresNIO

/// Brings a database up to date: pending migrations, then the reference data
/// when the database has none yet or a migration needs it again.
public enum DatabasePreparation {
    public struct Outcome: Sendable {
        public let appliedMigrations: [String]
        public let imported: ReferenceDataImporter.Summary?
    }

    @discardableResult
    public static func prepare(_ client: PostgresClient, logger: Logger) async throws -> Outcome {
        let applied = try await Migrator().migrate(client, logger: logger)
        var imported: ReferenceDataImporter.Summary? = nil
        let needsReimport = applied.contains { Schema.reimportAfter.contains($0) }
        if try await ReferenceDataImporter.isEmpty(client) || needsReimport {
            imported = try await ReferenceDataImporter(files: ReferenceFiles.locate()).importAll(client, logger: logger)
        }
        return Outcome(appliedMigrations: applied, imported: imported)
    }
}
