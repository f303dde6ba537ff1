import AspirasiServer
import AspirasiStore
import Testing

@Suite struct SettingsResolverTests {
    let resolver = SettingsResolver(environment: ["HOME": "/home/warga"], isRoot: false)

    @Test func defaultsToTheEmbeddedDatabaseOnLoopback() throws {
        let configuration = try resolver.resolve(.init())
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 8080)
        #expect(configuration.database == .embedded(dataDirectory: "/home/warga/.local/share/aspirasi"))
        #expect(configuration.logLevel == .info)
    }

    @Test func rootKeepsItsDataWhereThePostgresUserCanReachIt() throws {
        let root = SettingsResolver(environment: ["HOME": "/root"], isRoot: true)
        #expect(try root.resolve(.init()).database == .embedded(dataDirectory: "/var/lib/aspirasi"))
    }

    @Test func flagsWinOverEnvironment() throws {
        let resolver = SettingsResolver(
            environment: ["ASPIRASI_PORT": "9000", "ASPIRASI_HOST": "0.0.0.0", "LOG_LEVEL": "debug"], isRoot: false)
        let configuration = try resolver.resolve(.init(port: "9100", dataDirectory: "/srv/aspirasi"))
        #expect(configuration.port == 9100)
        #expect(configuration.host == "0.0.0.0")
        #expect(configuration.logLevel == .debug)
        #expect(configuration.database == .embedded(dataDirectory: "/srv/aspirasi"))
    }

    @Test func databaseURLSelectsAnExternalServer() throws {
        let resolver = SettingsResolver(environment: ["DATABASE_URL": "postgres://hub@db:5432/aspirasi"], isRoot: false)
        guard case .server(let url) = try resolver.resolve(.init()).database else {
            Issue.record("expected an external server")
            return
        }
        #expect(url.host == "db")
    }

    @Test func everyProblemIsReportedAtOnce() {
        let flags = SettingsResolver.Flags(
            host: "bad host", port: "eighty", dataDirectory: "/srv/x", databaseURL: "mysql://nope",
            logLevel: "loud", logFormat: "xml")
        #expect {
            try resolver.resolve(flags)
        } throws: { error in
            guard let problems = (error as? ConfigurationError)?.problems else { return false }
            let text = problems.joined(separator: "\n")
            return problems.count == 6 && text.contains("port") && text.contains("host") && text.contains("log level")
                && text.contains("log format") && text.contains("DATABASE_URL") && text.contains("not both")
        }
    }
}
