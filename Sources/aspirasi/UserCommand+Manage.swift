import ArgumentParser
import AspirasiCore
import AspirasiServer
import AspirasiStore
import Foundation

/// The operator's side of account management: the same store calls as the admins' API, with no
/// scope (whoever runs the command holds the database).
extension UserCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every account, by unit.")
        @OptionGroup var common: CommonOptions

        func run() async throws {
            try await runWithDatabase(common) { client, logger in
                try await Migrator().migrate(client, logger: logger)
                for account in try await OfficerStore(client).accounts(in: nil, logger: logger) {
                    let state = account.disabledAt.map { "disabled since \(ISO8601DateFormatter().string(from: $0))" }
                    print(
                        "\(account.username)  \(account.role.rawValue)  \(account.unit)  "
                            + "\(state ?? "enabled")  tokens: \(account.liveTokens)  \"\(account.displayName)\"")
                }
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Disable an account: it cannot sign in, and its sessions and API tokens stop working at once.")
        @Argument(help: "The account's username.") var username: String
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let username = self.username
            try await runWithDatabase(common) { client, logger in
                try await Migrator().migrate(client, logger: logger)
                guard let revoked = try await OfficerStore(client).disable(username, by: nil, logger: logger) else {
                    throw noSuchAccount(username)
                }
                print("disabled \(username.lowercased()); revoked \(revoked) token(s)")
            }
        }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enable a disabled account again (and lift a sign-in lock on its name).")
        @Argument(help: "The account's username.") var username: String
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let username = self.username
            try await runWithDatabase(common) { client, logger in
                try await Migrator().migrate(client, logger: logger)
                guard try await OfficerStore(client).enable(username, logger: logger) else {
                    throw noSuchAccount(username)
                }
                print("enabled \(username.lowercased())")
            }
        }
    }

    struct RevokeTokens: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke-tokens", abstract: "End every session and revoke every API token of an account.")
        @Argument(help: "The account's username.") var username: String
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let username = self.username
            try await runWithDatabase(common) { client, logger in
                try await Migrator().migrate(client, logger: logger)
                guard let revoked = try await OfficerStore(client).revokeTokens(of: username, logger: logger) else {
                    throw noSuchAccount(username)
                }
                print("revoked \(revoked) token(s) of \(username.lowercased())")
            }
        }
    }

    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-password",
            abstract: "Set a new password; the account's sessions end (its API tokens stay).",
            discussion: """
                The password is read from standard input (one line) when --password-stdin is given;
                otherwise a random one is made and printed once.
                """)
        @Argument(help: "The account's username.") var username: String
        @Flag(help: "Read the password from standard input.") var passwordStdin = false
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let (username, generated) = (self.username, !passwordStdin)
            let password = try UserCommand.password(fromStandardInput: passwordStdin)
            try await runWithDatabase(common) { client, logger in
                try await Migrator().migrate(client, logger: logger)
                let hash = try await PasswordHasher().hash(password)
                guard try await OfficerStore(client).setPasswordHash(hash, of: username, logger: logger) else {
                    throw noSuchAccount(username)
                }
                print("new password set for \(username.lowercased())")
                if generated { print("password: \(password)") }
            }
        }
    }
}

/// Says so on standard error; the command exits non-zero.
private func noSuchAccount(_ username: String) -> ExitCode {
    FileHandle.standardError.write(Data("aspirasi: no account \(username)\n".utf8))
    return ExitCode.failure
}
