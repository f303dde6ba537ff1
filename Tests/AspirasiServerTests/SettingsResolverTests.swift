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

    @Test func aReadURLAddsAStandbyWithItsLagBound() throws {
        let resolver = SettingsResolver(
            environment: [
                "DATABASE_URL": "postgres://hub@db:5432/aspirasi",
                "DATABASE_READ_URL": "postgres://hub@standby/aspirasi",
                "ASPIRASI_READ_MAX_LAG_SECONDS": "5",
            ], isRoot: false)
        let read = try #require(try resolver.resolve(.init()).readDatabase)
        #expect(read.url.host == "standby")
        #expect(read.maxLagSeconds == 5)
        #expect(try self.resolver.resolve(.init()).readDatabase == nil)
        let wrong = SettingsResolver(
            environment: ["DATABASE_READ_URL": "mysql://x", "ASPIRASI_READ_MAX_LAG_SECONDS": "soon"], isRoot: false)
        #expect(throws: ConfigurationError.self) { try wrong.resolve(.init()) }
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

    @Test func channelsAreConfiguredFromTheEnvironment() throws {
        let environment = [
            "HOME": "/home/warga", "ASPIRASI_X_CONSUMER_SECRET": "s", "ASPIRASI_X_USER_ID": "3001",
            "ASPIRASI_X_ACCESS_TOKEN": "t", "ASPIRASI_X_MODE": "both", "ASPIRASI_FB_APP_SECRET": "a",
            "ASPIRASI_FB_VERIFY_TOKEN": "v", "ASPIRASI_FB_PAGE_ID": "1000", "ASPIRASI_KANNEL_TOKEN": "0123456789abcdef",
            "ASPIRASI_KANNEL_SENDSMS_URL": "http://127.0.0.1:13013/cgi-bin/sendsms", "ASPIRASI_KANNEL_USERNAME": "u",
            "ASPIRASI_KANNEL_PASSWORD": "p", "ASPIRASI_WORKING_HOURS": "mon-fri 08:00-16:00",
        ]
        let configuration = try SettingsResolver(environment: environment, isRoot: false).resolve(.init())
        #expect(configuration.twitter?.mode == .both)
        #expect(configuration.facebook?.pageID == "1000")
        #expect(configuration.kannel?.reportURL == "http://127.0.0.1:8080/webhooks/sms/kannel/0123456789abcdef/dlr")
        #expect(configuration.kannel?.allowed.count == 2)
        #expect(configuration.workingHours.hours[5]?.end == 960)
        #expect(configuration.twilio == nil)
    }

    /// X's two-hour tokens are renewed with a refresh token, which needs the app's OAuth 2.0 client id.
    @Test func xRefreshTokensNeedTheClientID() throws {
        var environment = [
            "HOME": "/home/warga", "ASPIRASI_X_CONSUMER_SECRET": "s", "ASPIRASI_X_USER_ID": "3001",
            "ASPIRASI_X_MODE": "poll", "ASPIRASI_X_REFRESH_TOKEN": "r",
        ]
        #expect {
            try SettingsResolver(environment: environment, isRoot: false).resolve(.init())
        } throws: { error in
            ((error as? ConfigurationError)?.problems ?? []).contains { $0.contains("ASPIRASI_X_CLIENT_ID") }
        }
        environment["ASPIRASI_X_CLIENT_ID"] = "client"
        environment["ASPIRASI_X_CLIENT_SECRET"] = "secret"
        let twitter = try SettingsResolver(environment: environment, isRoot: false).resolve(.init()).twitter
        #expect(twitter?.refreshToken == "r")
        #expect(twitter?.clientID == "client")
        #expect(twitter?.clientSecret == "secret")
        #expect(twitter?.accessToken == nil)
    }

    @Test func halfConfiguredChannelsAreNamed() {
        let environment = [
            "HOME": "/home/warga", "ASPIRASI_X_CONSUMER_SECRET": "s", "ASPIRASI_FB_PAGE_ID": "page",
            "ASPIRASI_TWILIO_ACCOUNT_SID": "AC1", "ASPIRASI_KANNEL_TOKEN": "short", "ASPIRASI_WORKING_HOURS": "9-5",
            "ASPIRASI_FETCH_ALLOWED_NETWORKS": "10.0.0.0/8, nonsense", "ASPIRASI_DELIVERY_LEASE_SECONDS": "0",
        ]
        #expect {
            try SettingsResolver(environment: environment, isRoot: false).resolve(.init())
        } throws: { error in
            let text = ((error as? ConfigurationError)?.problems ?? []).joined(separator: "\n")
            return [
                "ASPIRASI_X_USER_ID", "ASPIRASI_FB_VERIFY_TOKEN", "ASPIRASI_TWILIO_AUTH_TOKEN", "ASPIRASI_KANNEL_TOKEN",
                "ASPIRASI_WORKING_HOURS", "nonsense", "ASPIRASI_DELIVERY_LEASE_SECONDS",
            ].allSatisfy { text.contains($0) }
        }
    }

    @Test func polledChannelsAndMailAreConfiguredFromTheEnvironment() throws {
        let environment = [
            "HOME": "/home/warga", "ASPIRASI_QLUE_URL": "https://feed.qlue.example", "ASPIRASI_QLUE_KEY": "k",
            "ASPIRASI_LAPOR_URL": "https://lapor.example", "ASPIRASI_LAPOR_TOKEN": "t",
            "ASPIRASI_LAPOR_AGENCY": "pemprov-dki", "ASPIRASI_LAPOR_POLL_SECONDS": "600",
            "ASPIRASI_FORUM_FEED_URL": "https://warga.example/posts.rss",
            "ASPIRASI_FORUM_WEBHOOK_SECRET": "0123456789abcdef", "ASPIRASI_IMAP_HOST": "imap.example",
            "ASPIRASI_IMAP_USER": "aspirasi", "ASPIRASI_IMAP_PASSWORD": "p", "ASPIRASI_SMTP_HOST": "smtp.example",
            "ASPIRASI_MAIL_FROM": "aspirasi@jakarta.go.id",
        ]
        let configuration = try SettingsResolver(environment: environment, isRoot: false).resolve(.init())
        #expect(configuration.qlue?.pollInterval == .seconds(60))
        #expect(configuration.lapor?.pollInterval == .seconds(600))
        #expect(configuration.forum?.webhookSecret == "0123456789abcdef")
        #expect(configuration.forum?.apiBase == nil)
        #expect(configuration.email?.imapPort == 993, "IMAPS by default")
        #expect(configuration.email?.smtpPort == 587, "submission with STARTTLS by default")
        #expect(configuration.email?.perAddressPerHour == 10)
    }

    @Test func halfConfiguredPolledChannelsAreNamed() {
        let environment = [
            "HOME": "/home/warga", "ASPIRASI_QLUE_KEY": "k", "ASPIRASI_LAPOR_URL": "ftp://lapor",
            "ASPIRASI_FORUM_API_URL": "https://warga.example", "ASPIRASI_IMAP_HOST": "imap.example",
            "ASPIRASI_MAIL_FROM": "Aspirasi <aspirasi@jakarta.go.id>",
        ]
        #expect {
            try SettingsResolver(environment: environment, isRoot: false).resolve(.init())
        } throws: { error in
            let text = ((error as? ConfigurationError)?.problems ?? []).joined(separator: "\n")
            return [
                "ASPIRASI_QLUE_URL", "ASPIRASI_LAPOR_TOKEN", "ASPIRASI_FORUM_API_KEY", "ASPIRASI_IMAP_USER",
            ].allSatisfy { text.contains($0) }
        }
    }

    @Test func incidentIntervalComesFromTheEnvironment() throws {
        #expect(try resolver.resolve(.init()).incidentInterval == .seconds(60))
        let tuned = SettingsResolver(
            environment: ["HOME": "/home/warga", "ASPIRASI_INCIDENT_INTERVAL_SECONDS": "15"], isRoot: false)
        #expect(try tuned.resolve(.init()).incidentInterval == .seconds(15))
        for wrong in ["0", "soon", "3601"] {
            let resolver = SettingsResolver(
                environment: ["HOME": "/home/warga", "ASPIRASI_INCIDENT_INTERVAL_SECONDS": wrong], isRoot: false)
            #expect {
                try resolver.resolve(.init())
            } throws: { error in
                (error as? ConfigurationError)?.problems == [
                    "ASPIRASI_INCIDENT_INTERVAL_SECONDS must be a number of seconds from 1 to 3600, not \"\(wrong)\""
                ]
            }
        }
    }

    @Test func theDeliveryBatchComesFromTheEnvironment() throws {
        #expect(try resolver.resolve(.init()).deliveryBatch == 100)
        let tuned = SettingsResolver(
            environment: ["HOME": "/home/warga", "ASPIRASI_DELIVERY_BATCH": "32"], isRoot: false)
        #expect(try tuned.resolve(.init()).deliveryBatch == 32)
        for wrong in ["0", "lots", "501"] {
            let resolver = SettingsResolver(
                environment: ["HOME": "/home/warga", "ASPIRASI_DELIVERY_BATCH": wrong], isRoot: false)
            #expect {
                try resolver.resolve(.init())
            } throws: { error in
                (error as? ConfigurationError)?.problems == [
                    "ASPIRASI_DELIVERY_BATCH must be a number from 1 to 500, not \"\(wrong)\""
                ]
            }
        }
    }

    @Test func deliveryRoundsComeFromTheEnvironment() throws {
        #expect(try resolver.resolve(.init()).deliveryRounds == 4)
        let tuned = SettingsResolver(
            environment: ["HOME": "/home/warga", "ASPIRASI_DELIVERY_ROUNDS": "1"], isRoot: false)
        #expect(try tuned.resolve(.init()).deliveryRounds == 1)
        for wrong in ["0", "many", "33"] {
            let resolver = SettingsResolver(
                environment: ["HOME": "/home/warga", "ASPIRASI_DELIVERY_ROUNDS": wrong], isRoot: false)
            #expect {
                try resolver.resolve(.init())
            } throws: { error in
                (error as? ConfigurationError)?.problems == [
                    "ASPIRASI_DELIVERY_ROUNDS must be a number from 1 to 32, not \"\(wrong)\""
                ]
            }
        }
    }

    @Test func httpLimitsDefaultSaneAndComeFromTheEnvironment() throws {
        #expect(try resolver.resolve(.init()).http == HTTPLimits())
        let tuned = SettingsResolver(
            environment: [
                "HOME": "/home/warga", "ASPIRASI_HTTP_HEADER_TIMEOUT_SECONDS": "5",
                "ASPIRASI_HTTP_MAX_CONNECTIONS_PER_ADDRESS": "0", "ASPIRASI_HTTP_MAX_CONNECTIONS": "100",
            ], isRoot: false)
        let limits = try tuned.resolve(.init()).http
        #expect(limits.headerTimeout == .seconds(5))
        #expect(limits.connectionsPerAddress == 0)
        #expect(limits.connections == 100)
        #expect(limits.bodyTimeout == .seconds(30))
        let wrong = SettingsResolver(
            environment: [
                "HOME": "/home/warga", "ASPIRASI_HTTP_BODY_TIMEOUT_SECONDS": "0",
                "ASPIRASI_HTTP_MAX_CONNECTIONS": "lots",
            ], isRoot: false)
        #expect {
            try wrong.resolve(.init())
        } throws: { error in
            let text = (error as? ConfigurationError)?.problems.joined(separator: "\n") ?? ""
            return text.contains("ASPIRASI_HTTP_BODY_TIMEOUT_SECONDS")
                && text.contains("ASPIRASI_HTTP_MAX_CONNECTIONS ")
        }
    }
}
