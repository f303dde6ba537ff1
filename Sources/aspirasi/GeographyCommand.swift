import ArgumentParser
import AspirasiCore
import AspirasiStore
import Foundation

/// `aspirasi national-geography`: a reference folder for all of Indonesia with generated village
/// polygons (`NationalGeography`), for the national locate benchmark (`make bench-national`).
struct NationalGeographyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "national-geography",
        abstract:
            "Write a reference folder for all of Indonesia with generated village polygons (for benchmarks; load it with `aspirasi import --reference-dir`)."
    )

    @Option(help: "The Kemendagri code list, code,name,level (e.g. bench/data/indonesia_regions.csv).")
    var regions: String

    @Option(help: "The folder to write (created if missing).")
    var out: String

    @Option(help: "Straight pieces per cell side; 9 gives 36 vertices a village, as Jakarta's median.")
    var subdivisions = 9

    func run() throws {
        let started = ContinuousClock.now
        let writer = NationalGeography(
            regions: URL(fileURLWithPath: regions), shipped: try ReferenceFiles.locate(),
            lattice: VillageLattice(subdivisions: subdivisions))
        let summary = try writer.write(to: URL(fileURLWithPath: out))
        print("regions: \(summary.regions)")
        print("villages: \(summary.villages) (left out, outside the island boxes: \(summary.skipped))")
        print("written in \(ContinuousClock.now - started) to \(out)")
    }
}
