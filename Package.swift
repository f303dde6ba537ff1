// swift-tools-version:6.1
import PackageDescription

// Every target is compiled in the Swift 6 language mode (strict concurrency).
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

// Tests import what they use without spelling out every transitive module.
let testSettings: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "aspirasi",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "aspirasi", targets: ["aspirasi"])
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.90.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.0"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-distributed-tracing.git", from: "1.1.0"),
    ],
    targets: [
        // Domain types and rules. No I/O.
        .target(
            name: "AspirasiCore",
            swiftSettings: strict
        ),
        // The officers' console as HTML: escaping, page layout, the pages, SVG maps. No I/O.
        .target(
            name: "AspirasiWeb",
            dependencies: ["AspirasiCore"],
            swiftSettings: strict
        ),
        // PostgreSQL: the embedded cluster, migrations, repositories, reference data.
        .target(
            name: "AspirasiStore",
            dependencies: [
                "AspirasiCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources/reference")],
            swiftSettings: strict
        ),
        // What every channel adapter shares: the adapter protocols, HMAC, HTTP.
        .target(
            name: "ChannelKit",
            dependencies: [
                "AspirasiCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "adapters/ChannelKit",
            swiftSettings: strict
        ),
        // X/Twitter: Account Activity webhooks, v2 polling, replies and DMs.
        .target(
            name: "TwitterAdapter",
            dependencies: [
                "ChannelKit",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            path: "adapters/Twitter",
            swiftSettings: strict
        ),
        // Facebook Page: feed comments and Messenger, replies through the Graph API.
        .target(
            name: "FacebookAdapter",
            dependencies: [
                "ChannelKit",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            path: "adapters/Facebook",
            swiftSettings: strict
        ),
        // SMS: GSM-7/UCS-2 text, Twilio-style and Kannel gateways.
        .target(
            name: "SMSAdapter",
            dependencies: [
                "ChannelKit",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            path: "adapters/SMS",
            swiftSettings: strict
        ),
        // The Qlue app's feed (post_id cursor) and its status updates.
        .target(
            name: "QlueAdapter",
            dependencies: [
                "ChannelKit",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            path: "adapters/Qlue",
            swiftSettings: strict
        ),
        // SP4N-LAPOR!: reports disposed to us pulled with a cursor; follow-ups pushed back.
        .target(
            name: "LaporAdapter",
            dependencies: [
                "ChannelKit",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            path: "adapters/Lapor",
            swiftSettings: strict
        ),
        // The Balai Warga forum: RSS/Atom polling (no DTDs), Discourse-style webhooks and replies.
        .target(
            name: "ForumAdapter",
            dependencies: [
                "ChannelKit",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            path: "adapters/Forum",
            swiftSettings: strict
        ),
        // Mail on its own, nothing of the hub: IMAP (IDLE, UIDs), SMTP submission, MIME parsing and composing,
        // addresses, and the signals that a mail must not be answered (RFC 3834).
        .target(
            name: "MailKit",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "adapters/MailKit",
            swiftSettings: strict
        ),
        // The e-mail channel over MailKit: a mail as the hub's message (body text, reply stripping), the
        // mailbox session with its UID cursor, and the rate-limited sender.
        .target(
            name: "EmailAdapter",
            dependencies: [
                "ChannelKit",
                "MailKit",
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "adapters/Email",
            swiftSettings: strict
        ),
        // The Hummingbird application: HTTP API, webhooks, workers.
        .target(
            name: "AspirasiServer",
            dependencies: [
                "AspirasiCore",
                "AspirasiStore",
                "AspirasiWeb",
                "ChannelKit",
                "TwitterAdapter",
                "FacebookAdapter",
                "SMSAdapter",
                "QlueAdapter",
                "LaporAdapter",
                "ForumAdapter",
                "EmailAdapter",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ],
            // The OpenAPI document is compiled in (`PackageResources.openapi_json`): nothing to find at run time.
            resources: [.embedInCode("OpenAPI/openapi.json")],
            swiftSettings: strict
        ),
        // The command line: only wires the modules together.
        .executableTarget(
            name: "aspirasi",
            dependencies: [
                "AspirasiServer",
                "AspirasiStore",
                "AspirasiCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),

        // Shared test support: a PostgreSQL cluster per test run, a fresh database per suite.
        .target(
            name: "AspirasiTestSupport",
            dependencies: [
                "AspirasiStore",
                "AspirasiCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/AspirasiTestSupport",
            swiftSettings: testSettings
        ),
        // Local fakes of the providers that cannot run here (Qlue, LAPOR!, the forum), speaking their wire formats.
        .target(
            name: "ChannelFakes",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Tests/ChannelFakes",
            swiftSettings: testSettings
        ),
        .testTarget(
            name: "AspirasiCoreTests",
            dependencies: ["AspirasiCore"],
            swiftSettings: testSettings
        ),
        .testTarget(
            name: "AspirasiWebTests",
            dependencies: ["AspirasiWeb"],
            swiftSettings: testSettings
        ),
        .testTarget(
            name: "AspirasiStoreTests",
            dependencies: [
                "AspirasiStore",
                "AspirasiTestSupport",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: testSettings
        ),
        .testTarget(
            name: "ChannelKitTests",
            dependencies: ["ChannelKit"],
            swiftSettings: testSettings
        ),
        .testTarget(
            name: "TwitterAdapterTests",
            dependencies: ["TwitterAdapter", .product(name: "AsyncHTTPClient", package: "async-http-client")],
            swiftSettings: testSettings
        ),
        .testTarget(
            name: "FacebookAdapterTests",
            dependencies: ["FacebookAdapter"],
            swiftSettings: testSettings
        ),
        .testTarget(
            name: "SMSAdapterTests",
            dependencies: ["SMSAdapter"],
            swiftSettings: testSettings
        ),
        .testTarget(
            name: "FeedAdapterTests",
            dependencies: ["QlueAdapter", "LaporAdapter"],
            swiftSettings: testSettings
        ),
        .testTarget(
            name: "ForumAdapterTests",
            dependencies: ["ForumAdapter"],
            swiftSettings: testSettings
        ),
        .testTarget(
            name: "MailKitTests",
            dependencies: [
                "MailKit",
                "AspirasiTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: testSettings
        ),
        .testTarget(
            name: "EmailAdapterTests",
            dependencies: [
                "EmailAdapter",
                "MailKit",
                "AspirasiTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: testSettings
        ),
        .testTarget(
            name: "AspirasiServerTests",
            dependencies: [
                "AspirasiServer",
                "AspirasiTestSupport",
                "TwitterAdapter",
                "FacebookAdapter",
                "SMSAdapter",
                "QlueAdapter",
                "LaporAdapter",
                "ForumAdapter",
                "EmailAdapter",
                "MailKit",
                "ChannelFakes",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: testSettings
        ),
        .testTarget(
            name: "aspirasiTests",
            dependencies: [
                "AspirasiTestSupport",
                "ChannelFakes",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: testSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)

// `make fuzz` (ASPIRASI_FUZZ=1, see scripts/fuzz.sh): the project's own modules are compiled with libFuzzer's
// coverage, and `aspirasi-fuzz` links them under libFuzzer's driver. Dependencies stay uninstrumented: they are
// not what is under test, and it keeps the build short.
if Context.environment["ASPIRASI_FUZZ"] == "1" {
    let coverage: SwiftSetting = .unsafeFlags(["-sanitize=fuzzer"])
    for target in package.targets where target.type == .regular {
        target.swiftSettings = (target.swiftSettings ?? []) + [coverage]
    }
    package.targets.append(.target(name: "FuzzDriver", path: "Fuzz/Sources/FuzzDriver"))
    package.targets.append(
        .executableTarget(
            name: "aspirasi-fuzz",
            dependencies: [
                "FuzzDriver", "AspirasiServer", "ChannelKit", "MailKit", "EmailAdapter", "ForumAdapter", "SMSAdapter",
                "TwitterAdapter",
                "FacebookAdapter", "QlueAdapter", "LaporAdapter",
            ],
            path: "Fuzz/Sources/aspirasi-fuzz",
            swiftSettings: strict + [coverage],
            // libFuzzer without its `main` (SwiftPM gives every executable one); scripts/fuzz.sh finds the archive.
            linkerSettings: [
                .unsafeFlags(["-Xlinker", Context.environment["ASPIRASI_FUZZ_RUNTIME"] ?? "", "-lstdc++"])
            ]
        ))
    package.products.append(.executable(name: "aspirasi-fuzz", targets: ["aspirasi-fuzz"]))
}
