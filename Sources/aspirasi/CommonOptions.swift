import ArgumentParser
import AspirasiServer
import AspirasiStore
import Foundation
import Logging

#if canImport(Glibc)
    import Glibc
#endif

/// The options every command shares: which database, and how to log.
struct CommonOptions: ParsableArguments {
    @Option(help: "Data directory of the embedded PostgreSQL (env ASPIRASI_DATA_DIR). Ignored with DATABASE_URL.")
    var dataDir: String?

    @Option(help: "An external PostgreSQL, postgres://user:pass@host:5432/db (env DATABASE_URL).")
    var databaseURL: String?

    @Option(help: "trace, debug, info, notice, warning, error or critical (env LOG_LEVEL).")
    var logLevel: String?

    @Option(help: "text or json (env LOG_FORMAT).")
    var logFormat: String?

    func flags(host: String? = nil, port: String? = nil) -> SettingsResolver.Flags {
        .init(
            host: host, port: port, dataDirectory: dataDir, databaseURL: databaseURL, logLevel: logLevel,
            logFormat: logFormat)
    }
}

/// Resolves the settings or exits with every problem listed.
func resolveConfiguration(_ flags: SettingsResolver.Flags) throws -> HubConfiguration {
    let resolver = SettingsResolver(environment: ProcessInfo.processInfo.environment, isRoot: geteuid() == 0)
    do {
        return try resolver.resolve(flags)
    } catch {
        FileHandle.standardError.write(Data("aspirasi: \(error)\n".utf8))
        throw ExitCode(78)  // EX_CONFIG
    }
}

/// Sets up logging once per process, as the configuration asks.
func makeLogger(_ configuration: HubConfiguration) -> Logger {
    let format = configuration.logFormat
    // The request id comes from the request's task when a line is written (`requestIDMetadata`),
    // not set on each request's logger: setting it cost 6% of the CPU time of `GET /api/v1/locate`.
    LoggingSystem.bootstrap(
        { label, provider in
            switch format {
            case .json: JSONLogHandler(label: label, metadataProvider: provider)
            case .text: StreamLogHandler.standardError(label: label, metadataProvider: provider)
            }
        }, metadataProvider: .requestID)
    var logger = Logger(label: "aspirasi")
    logger.logLevel = configuration.logLevel
    return logger
}

/// Prints a store error as one line (they name what to install or fix) and exits non-zero.
func reportingFailures(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as StoreError {
        FileHandle.standardError.write(Data("aspirasi: \(error.message)\n".utf8))
        throw ExitCode.failure
    }
}
