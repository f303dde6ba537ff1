import ArgumentParser
import AspirasiServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the hub: HTTP API, webhooks and workers (embedded PostgreSQL unless DATABASE_URL is set).")

    @Option(help: "Address to listen on (env ASPIRASI_HOST).")
    var host: String?

    @Option(help: "Port to listen on (env ASPIRASI_PORT).")
    var port: String?

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let configuration = try resolveConfiguration(common.flags(host: host, port: port))
        let logger = makeLogger(configuration)
        try await reportingFailures {
            try await Hub.run(configuration, logger: logger)
        }
    }
}
