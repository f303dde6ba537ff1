import ArgumentParser
import AspirasiCore
import AspirasiServer
import AspirasiStore
import Foundation

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill an empty database with a synthetic month (or history) of reports and one account per role.",
        discussion: """
            Reports from every kota, channel and status, with their timelines, messages, photos and
            deliveries; citizens with made-up handles (+62 8xx-000 numbers, example.org addresses).
            The accounts' passwords are printed once. --reports 1000000 loads a million reports for
            the queue benchmark (make bench-console); --reports 10000000 --months 30 a city's history
            for the evaluation's (make bench-evaluation), deliveries then only for the last 30 days.
            """)

    @Option(help: "How many reports to spread over the month (or the months).")
    var reports = 6_000

    @Option(help: "Calendar months to spread them over, the current one last (1: the last 30 days).")
    var months = 1

    @Flag(help: "Add to a database that holds reports already.")
    var force = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard reports >= 0 else { throw ValidationError("--reports must be zero or more") }
        guard (1...240).contains(months) else { throw ValidationError("--months must be 1 to 240") }
    }

    func run() async throws {
        let configuration = try resolveConfiguration(common.flags())
        let logger = makeLogger(configuration)
        var options = DemoGenerator.Options()
        options.reports = reports
        options.months = months
        options.force = force
        options.workingHours = configuration.workingHours
        let chosen = options
        try await reportingFailures {
            try await withDatabase(configuration, logger: logger) { client in
                try await DatabasePreparation.prepare(client, logger: logger)
                let summary: DemoGenerator.Summary
                do {
                    summary = try await DemoGenerator(client: client).run(
                        chosen, hashPassword: { try await PasswordHasher().hash($0) },
                        progress: { FileHandle.standardError.write(Data("demo: \($0)\n".utf8)) }, logger: logger)
                } catch let error as DemoError {
                    FileHandle.standardError.write(Data("aspirasi demo: \(error)\n".utf8))
                    throw ExitCode.failure
                }
                print(Self.describe(summary, port: configuration.port))
            }
        }
    }

    static func describe(_ summary: DemoGenerator.Summary, port: Int) -> String {
        var lines = [
            "Demo data: \(summary.reports) reports, \(summary.events) events, \(summary.deliveries) deliveries, "
                + "\(summary.photos) photos, \(summary.citizens) citizens (\(String(format: "%.1f", summary.seconds)) s).",
            "",
            "Accounts (passwords are shown only this once):",
        ]
        for account in summary.accounts {
            let role = account.role.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
            let name = account.username.padding(toLength: 30, withPad: " ", startingAt: 0)
            let unit = "\(account.unitName) (\(account.unitCode))".padding(toLength: 52, withPad: " ", startingAt: 0)
            lines.append("  \(role)\(name)\(unit)\(account.password ?? "(exists; password unchanged)")")
        }
        lines += [
            "",
            "Serve the hub (make run) and sign in at http://localhost:\(port)/console/login,",
            "or through the API: POST /api/v1/auth/login with {\"username\": ..., \"password\": ...}.",
        ]
        return lines.joined(separator: "\n")
    }
}
