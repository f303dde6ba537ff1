import Foundation

/// Where the PostgreSQL server programs are, and whether PostGIS is installed for them.
public struct PostgresBinaries: Sendable {
    public let directory: String
    public let majorVersion: Int

    static let installHint =
        "install the Debian packages postgresql-15 and postgresql-15-postgis-3 (apt-get install postgresql-15 postgresql-15-postgis-3)"

    /// Finds the newest installed server, or `ASPIRASI_PG_BINDIR` when set.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        searchRoot debianRoot: String = "/usr/lib/postgresql"
    ) throws(StoreError) -> PostgresBinaries {
        let fileManager = FileManager.default
        var candidates: [String] = []
        if let explicit = environment["ASPIRASI_PG_BINDIR"] { candidates.append(explicit) }
        let versions = ((try? fileManager.contentsOfDirectory(atPath: debianRoot)) ?? [])
            .compactMap(Int.init).sorted(by: >)
        candidates += versions.map { "\(debianRoot)/\($0)/bin" }
        for directory in candidates {
            let programs = ["initdb", "pg_ctl", "postgres"]
            guard programs.allSatisfy({ fileManager.isExecutableFile(atPath: "\(directory)/\($0)") }) else { continue }
            let version = Self.majorVersion(of: "\(directory)/postgres") ?? versions.first ?? 0
            return PostgresBinaries(directory: directory, majorVersion: version)
        }
        throw StoreError(.missingSoftware, "PostgreSQL server programs not found: \(installHint)")
    }

    public func path(_ program: String) -> String { "\(directory)/\(program)" }

    /// Fails with the packages to install when PostGIS is missing for this server.
    public func requirePostGIS() throws(StoreError) {
        let shareDirectory = Self.shareDirectory(bindir: directory) ?? "/usr/share/postgresql/\(majorVersion)"
        let control = "\(shareDirectory)/extension/postgis.control"
        guard FileManager.default.fileExists(atPath: control) else {
            throw StoreError(
                .missingSoftware,
                "PostGIS is not installed for PostgreSQL \(majorVersion): install the Debian package postgresql-\(majorVersion)-postgis-3"
            )
        }
    }

    private static func shareDirectory(bindir: String) -> String? {
        guard let output = try? CommandRunner(runAs: nil).run("\(bindir)/pg_config", ["--sharedir"]),
            output.status == 0
        else { return nil }
        return output.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func majorVersion(of postgres: String) -> Int? {
        // "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
        guard let output = try? CommandRunner(runAs: nil).run(postgres, ["--version"]), output.status == 0,
            let number = output.text.split(separator: " ").dropFirst(2).first,
            let major = number.split(separator: ".").first
        else { return nil }
        return Int(major)
    }
}
