import ArgumentParser
import AspirasiCore
import AspirasiServer
import AspirasiStore
import Foundation

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage officer accounts.",
        subcommands: [Add.self, List.self, Disable.self, Enable.self, RevokeTokens.self, ResetPassword.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an officer account, e.g. the first admin.",
            discussion: """
                The password is read from standard input (one line) when --password-stdin is given;
                otherwise a random one is made and printed once.
                """)

        @Argument(help: "The login name: 3 to 64 lower-case letters, digits, dot, dash or underscore.")
        var username: String

        @Option(help: "The unit the account belongs to, e.g. 31 (the province), 31.71.01.1001 or 31-BM.")
        var unit: String

        @Option(help: "petugas, koordinator, pimpinan or admin.")
        var role: String

        @Option(help: "The name shown to colleagues (default: the username).")
        var name: String?

        @Flag(help: "Read the password from standard input.")
        var passwordStdin = false

        @OptionGroup var common: CommonOptions

        func validate() throws {
            guard Role(rawValue: role) != nil else {
                throw ValidationError("--role must be one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() async throws {
            let role = Role(rawValue: self.role) ?? .petugas
            let generated = !passwordStdin
            let password = try UserCommand.password(fromStandardInput: passwordStdin)
            let (username, unit, name) = (self.username, self.unit, self.name ?? self.username)
            try await runWithDatabase(common) { client, logger in
                try await Migrator().migrate(client, logger: logger)
                let hash = try await PasswordHasher().hash(password)
                do {
                    let officer = try await OfficerStore(client).create(
                        username: username, displayName: name, unitCode: unit, role: role, passwordHash: hash,
                        logger: logger)
                    print("created \(officer.username) (\(officer.role.rawValue) at \(officer.unitCode))")
                    if generated { print("password: \(password)") }
                } catch let WorkflowError.invalid(field, message) {
                    throw ValidationError("\(field): \(message)")
                }
            }
        }
    }

    /// One line of standard input, or a random password; either way one that bcrypt takes whole.
    static func password(fromStandardInput: Bool) throws -> String {
        let password = fromStandardInput ? (readLine(strippingNewline: true) ?? "") : randomPassword()
        if let problem = PasswordHasher.problem(with: password) { throw ValidationError("the password: \(problem)") }
        return password
    }

    static func randomPassword() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<20).map { _ in alphabet.randomElement(using: &generator) ?? "x" })
    }
}
