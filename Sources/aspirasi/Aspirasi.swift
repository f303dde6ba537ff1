import ArgumentParser

@main
struct Aspirasi: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aspirasi",
        abstract: "Aspirasi: one hub for every channel citizens complain through.",
        subcommands: [
            Serve.self, Migrate.self, Import.self, APIKeyCommand.self, UserCommand.self, HolidayCommand.self,
            CitizenCommand.self, DemoCommand.self, Backup.self, Restore.self, WALArchive.self,
            ClassifierCommand.self, EvaluateCommand.self, NationalGeographyCommand.self,
        ],
        defaultSubcommand: Serve.self
    )
}
