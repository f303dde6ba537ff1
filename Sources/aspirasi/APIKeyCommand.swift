import ArgumentParser
import AspirasiServer
import AspirasiStore

struct APIKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apikey", abstract: "Manage API keys for partner systems and Open311 clients.",
        subcommands: [Add.self, Revoke.self])

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
