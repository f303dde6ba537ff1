import ArgumentParser
import AspirasiCore
import AspirasiStore

struct HolidayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holiday",
        abstract: "Public holidays and cuti bersama, on which the working-hours SLA clock stops.",
        subcommands: [List.self, Add.self, Remove.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the holidays.")
        @OptionGroup var common: CommonOptions

        func run() async throws {
            try await runWithDatabase(common) { client, logger in
                try await Migrator().migrate(client, logger: logger)
                for holiday in try await ServiceLevelStore(client).holidays(logger: logger) {
                    print("\(holiday.day)  \(holiday.name)")
                }
            }
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a holiday, or rename one.")
        @Argument(help: "The day, YYYY-MM-DD.") var day: String
        @Argument(help: "Its name, e.g. \"Cuti bersama Idul Fitri\".") var name: String
        @OptionGroup var common: CommonOptions

        func validate() throws {
            guard CivilDay(day) != nil else { throw ValidationError("the day must be a date as YYYY-MM-DD") }
            guard !name.isEmpty, name.count <= 200 else { throw ValidationError("the name needs 1 to 200 characters") }
        }

        func run() async throws {
            let (text, name) = (day, self.name)
            guard let day = CivilDay(text) else { throw ValidationError("the day must be a date as YYYY-MM-DD") }
            try await runWithDatabase(common) { client, logger in
                try await Migrator().migrate(client, logger: logger)
                let added = try await ServiceLevelStore(client).setHoliday(day, name: name, logger: logger)
                print(added ? "added \(day)" : "renamed \(day)")
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a holiday.")
        @Argument(help: "The day, YYYY-MM-DD.") var day: String
        @OptionGroup var common: CommonOptions

        func run() async throws {
            guard let day = CivilDay(day) else { throw ValidationError("the day must be a date as YYYY-MM-DD") }
            try await runWithDatabase(common) { client, logger in
                try await Migrator().migrate(client, logger: logger)
                let removed = try await ServiceLevelStore(client).removeHoliday(day, logger: logger)
                print(removed ? "removed \(day)" : "no holiday on \(day)")
            }
        }
    }
}
