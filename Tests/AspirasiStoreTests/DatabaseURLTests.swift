import AspirasiStore
import PostgresNIO
import Testing

@Suite struct DatabaseURLTests {
    @Test func parsesAFullURL() throws {
        let url = try DatabaseURL(parsing: "postgres://hub:s%40cret@db.internal:6432/aspirasi?sslmode=require")
        #expect(url.host == "db.internal")
        #expect(url.port == 6432)
        #expect(url.username == "hub")
        #expect(url.password == "s@cret")
        #expect(url.database == "aspirasi")
        #expect(url.tlsMode == .require)
        #expect(!url.redacted.contains("cret"), "logs never see the password")
    }

    @Test func acceptsASocketDirectory() throws {
        let url = try DatabaseURL(parsing: "postgresql://hub@/aspirasi?host=/var/run/postgresql")
        #expect(url.socketDirectory == "/var/run/postgresql")
        #expect(url.clientConfiguration().unixSocketPath == "/var/run/postgresql/.s.PGSQL.5432")
    }

    @Test(arguments: [
        "mysql://u@h/db", "postgres://u@h", "postgres://h/db", "postgres://u@h/db?sslmode=sometimes", "not a url",
        "postgres://u@h:99999/db",
    ])
    func rejects(_ text: String) {
        #expect(throws: StoreError.self) { try DatabaseURL(parsing: text) }
    }
}
