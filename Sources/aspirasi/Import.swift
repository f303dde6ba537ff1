import ArgumentParser
import AspirasiServer
import AspirasiStore
import Foundation

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load Jakarta's regions, agencies, kelurahan polygons and categories. Safe to repeat.")

    @Option(help: "A folder with the reference files, instead of the ones shipped with the hub.")
    var referenceDir: String?

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let files =
            try referenceDir.map { ReferenceFiles(directory: .init(fileURLWithPath: $0)) } ?? ReferenceFiles.locate()
        try await runWithDatabase(common) { client, logger in
            try await Migrator().migrate(client, logger: logger)
            let summary = try await ReferenceDataImporter(files: files).importAll(client, logger: logger)
            print("units: \(summary.units)")
            print("kelurahan areas: \(summary.areas)")
            print("categories: \(summary.categories)")
            print("agency categories: \(summary.agencyCategories)")
            print("holidays: \(summary.holidays)")
        }
    }
}
