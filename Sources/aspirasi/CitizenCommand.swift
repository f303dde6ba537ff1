import ArgumentParser
import AspirasiCore
import AspirasiStore
import Foundation

struct CitizenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citizen", abstract: "A citizen's data on their request: export it, or erase it.",
        subcommands: [Export.self, Erase.self])

    static let contactHelp = ArgumentHelp(
        "A phone number (+62…, 62… or 08…), an e-mail address, or channel:handle (e.g. twitter:1234567890).",
        valueName: "contact")

    static func parse(_ text: String) throws -> CitizenContact {
        guard let contact = CitizenContact(text) else {
            throw ValidationError("CONTACT must be \(CitizenContact.expectedForm)")
        }
        return contact
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print everything the hub holds about a citizen as JSON.",
            discussion: """
                Their identities on every channel, the reports they made (with their words) or follow,
                their messages and the deliveries addressed to them. Exits with 1 when no one is known
                by CONTACT.
                """)

        @Argument(help: CitizenCommand.contactHelp)
        var contact: String

        @OptionGroup var common: CommonOptions

        func validate() throws { _ = try CitizenCommand.parse(contact) }

        func run() async throws {
            let contact = try CitizenCommand.parse(self.contact)
            try await runWithDatabase(common) { client, logger in
                try await Migrator().migrate(client, logger: logger)
                guard let export = try await CitizenDataStore(client).export(contact, logger: logger) else {
                    FileHandle.standardError.write(Data("aspirasi: no citizen is known by that contact\n".utf8))
                    throw ExitCode.failure
                }
                FileHandle.standardOutput.write(try export.encoded() + Data("\n".utf8))
            }
        }
    }

    struct Erase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erase a citizen's identity from every report, message and delivery.",
            discussion: """
                Their reports keep status, category, kelurahan and dates for the statistics; their words,
                handles, names, photos and raw payloads go, and nothing still owed to them is sent.
                One transaction; running it again changes nothing. Prints what was erased (counts).
                """)

        @Argument(help: CitizenCommand.contactHelp)
        var contact: String

        @OptionGroup var common: CommonOptions

        func validate() throws { _ = try CitizenCommand.parse(contact) }

        func run() async throws {
            let contact = try CitizenCommand.parse(self.contact)
            try await runWithDatabase(common) { client, logger in
                try await Migrator().migrate(client, logger: logger)
                let summary = try await CitizenDataStore(client).erase(contact, by: .commandLine, logger: logger)
                print(
                    "erased: \(summary.identities) identities, \(summary.messages) messages, \(summary.photos) photos, "
                        + "\(summary.reports) reports touched, \(summary.deliveries) deliveries "
                        + "(\(summary.cancelledDeliveries) cancelled before sending)")
            }
        }
    }
}
