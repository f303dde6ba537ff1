import ArgumentParser
import AspirasiServer
import AspirasiStore
import PostgresNIO

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations.")

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let configuration = try resolveConfiguration(common.flags())
        let logger = makeLogger(configuration)
        try await reportingFailures {
            try await withDatabase(configuration, logger: logger) { client in
                let applied = try await Migrator().migrate(client, logger: logger)
                print(
                    applied.isEmpty
                        ? "no pending migrations" : "applied \(applied.count): \(applied.joined(separator: ", "))")
            }
        }
    }
}

/// Resolves the settings, opens the database and runs `body` with it, for the
/// commands that are not `serve`; a store error ends the command with its message.
func runWithDatabase(
    _ common: CommonOptions, _ body: @escaping @Sendable (PostgresClient, Logger) async throws -> Void
) async throws {
    let configuration = try resolveConfiguration(common.flags())
    let logger = makeLogger(configuration)
    try await reportingFailures {
        try await withDatabase(configuration, logger: logger) { client in try await body(client, logger) }
    }
}

/// Opens the configured database for one command, then closes it (stopping
/// the embedded cluster only if this command started it).
func withDatabase(
    _ configuration: HubConfiguration, logger: Logger, _ body: @Sendable (PostgresClient) async throws -> Void
) async throws {
    let database = try await DatabaseLauncher.open(configuration.database, logger: logger)
    do {
        try await PostgresClient.withRunning(database.configuration, logger: logger, body)
    } catch {
        try? await database.close()
        throw error
    }
    try await database.close()
}
