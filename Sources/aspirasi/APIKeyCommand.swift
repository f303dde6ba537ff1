import ArgumentParser
import AspirasiServer
import AspirasiStore
import Foundation

struct APIKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apikey", abstract: "Manage API keys for partner systems and Open311 clients.",
        subcommands: [Add.self, List.self, Revoke.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue a key. It is printed once; only its hash is stored.")

        @Argument(help: "A unique name for whoever holds the key, e.g. qlue or kelurahan-gambir.")
        var name: String

        @OptionGroup var common: CommonOptions

        func run() async throws {
            let name = self.name
            try await runWithDatabase(common) { client, logger in
                try await Migrator().migrate(client, logger: logger)
                print(try await APIKeyStore(client).issue(name: name).key)
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List keys: name, first characters, when made, last used and revoked (never the key).")

        @OptionGroup var common: CommonOptions

        func run() async throws {
            try await runWithDatabase(common) { client, logger in
                try await Migrator().migrate(client, logger: logger)
                let keys = try await APIKeyStore(client).list(logger: logger)
                print(["NAME", "PREFIX", "CREATED", "LAST USED", "REVOKED"].joined(separator: "\t"))
                let format = ISO8601DateFormatter()
                for key in keys {
                    let fields = [
                        key.name, key.prefix, format.string(from: key.createdAt),
                        key.lastUsedAt.map(format.string) ?? "-", key.revokedAt.map(format.string) ?? "-",
                    ]
                    print(fields.joined(separator: "\t"))
                }
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a key by its name.")

        @Argument var name: String

        @OptionGroup var common: CommonOptions

        func run() async throws {
            let name = self.name
            try await runWithDatabase(common) { client, _ in
                let revoked = try await APIKeyStore(client).revoke(name: name)
                print(revoked ? "revoked \(name)" : "no active key named \(name)")
                if !revoked { throw ExitCode.failure }
            }
        }
    }
}
