import ArgumentParser
import AspirasiServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the hub: HTTP API, webhooks and workers (embedded PostgreSQL unless DATABASE_URL is set).")

    @Option(help: "Address to listen on (env ASPIRASI_HOST).")
    var host: String?

    @Option(help: "Port to listen on (env ASPIRASI_PORT).")
    var port: String?

    @Option(help: "The Open311 jurisdiction_id this hub answers for (env OPEN311_JURISDICTION, default jakarta).")
    var open311Jurisdiction: String?

    @OptionGroup var common: CommonOptions

    func run() async throws {
        var flags = common.flags(host: host, port: port)
        flags.open311Jurisdiction = open311Jurisdiction
        let configuration = try resolveConfiguration(flags)
        let logger = makeLogger(configuration)
        try await reportingFailures {
            try await Hub.run(configuration, logger: logger)
        }
    }
}
