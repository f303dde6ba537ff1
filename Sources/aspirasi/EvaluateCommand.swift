import ArgumentParser
import AspirasiCore
import AspirasiServer
import AspirasiStore
import Foundation

struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Print a month's evaluation (rankings of kelurahan and agencies) as JSON or CSV.",
        discussion: """
            The same figures as GET /api/v1/evaluations/{YYYY-MM}, for the whole province (or --area, a
            kota's code). The current month is computed now; a closed month is read as frozen (and
            frozen now if no hub has done so yet).
            """)

    @Option(help: "The month, YYYY-MM (Jakarta time).")
    var month: String

    @Option(help: "json or csv.")
    var format = "json"

    @Option(help: "A region's code (a kota: 31.71); the province when left out.")
    var area: String?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard EvaluationMonth(month) != nil else { throw ValidationError("--month must be YYYY-MM") }
        guard ["json", "csv"].contains(format) else { throw ValidationError("--format must be json or csv") }
    }

    func run() async throws {
        let configuration = try resolveConfiguration(common.flags())
        let logger = makeLogger(configuration)
        guard let chosen = EvaluationMonth(month) else { throw ExitCode.validationFailure }
        let (format, area) = (format, area)
        try await reportingFailures {
            try await withDatabase(configuration, logger: logger) { client in
                try await DatabasePreparation.prepare(client, logger: logger)
                let catalog = try await IntakeCatalog.load(from: client, logger: logger)
                let region = area ?? catalog.provinceCode
                guard catalog.units[region]?.kind.isRegion == true else {
                    FileHandle.standardError.write(Data("aspirasi evaluate: no region \(region)\n".utf8))
                    throw ExitCode.failure
                }
                let service = EvaluationService(
                    store: EvaluationStore(client), catalog: { catalog }, maxAge: 0)
                let evaluation: MonthEvaluation
                do {
                    evaluation = try await service.evaluation(chosen, area: region, logger: logger)
                } catch let error as WorkflowError {
                    FileHandle.standardError.write(Data("aspirasi evaluate: \(error)\n".utf8))
                    throw ExitCode.failure
                }
                if format == "csv" {
                    print(EvaluationCSV.render(evaluation), terminator: "")
                } else {
                    print(String(decoding: try EvaluationService.encode(evaluation), as: UTF8.self))
                }
            }
        }
    }
}
