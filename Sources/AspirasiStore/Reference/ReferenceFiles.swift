import Foundation

/// Finds the reference data that ships with the hub.
///
/// SwiftPM copies `Resources/reference` into a bundle next to the executable.
/// Its generated `Bundle.module` crashes when the bundle is missing, so we look
/// ourselves and fail with a message instead.
public struct ReferenceFiles: Sendable {
    public let directory: URL
    static let bundleName = "aspirasi_AspirasiStore.resources"

    public init(directory: URL) {
        self.directory = directory
    }

    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError)
        -> ReferenceFiles
    {
        var candidates: [URL] = []
        if let explicit = environment["ASPIRASI_REFERENCE_DIR"] { candidates.append(URL(fileURLWithPath: explicit)) }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        for base in [Bundle.main.bundleURL, executable.deletingLastPathComponent()] {
            candidates.append(base.appendingPathComponent(bundleName).appendingPathComponent("reference"))
        }
        // A build run from the source tree (swift run, swift test).
        candidates.append(
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Resources/reference"))
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("categories.csv").path) {
            return ReferenceFiles(directory: candidate)
        }
        throw StoreError(
            .referenceData,
            "reference data not found next to the executable; set ASPIRASI_REFERENCE_DIR to the folder holding categories.csv"
        )
    }

    func data(_ name: String) throws(StoreError) -> Data {
        do {
            return try Data(contentsOf: directory.appendingPathComponent(name))
        } catch {
            throw StoreError(.referenceData, "cannot read \(name) in \(directory.path): \(error.localizedDescription)")
        }
    }

    func table(_ name: String) throws(StoreError) -> CSVTable {
        try CSVTable(parsing: String(decoding: data(name), as: UTF8.self), name: name)
    }
}
