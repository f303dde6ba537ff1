import AspirasiCore
import AspirasiStore
import AsyncHTTPClient
import ChannelKit
import Hummingbird
import Logging
import NIOCore
import PostgresNIO
import ServiceLifecycle

/// One channel as the hub wires it, in one folder: its settings (read and checked here, with the error
/// when they are incomplete), its webhook routes, its sender, its pollers and the photos it needs
/// fetched its own way. A channel joins the hub by one line in `ChannelRegistry.units`.
public protocol ChannelUnit: Sendable {
    /// Reads the channel's variables: nil when none of them is set; a problem for each one missing or
    /// wrong, so a half-configured channel is named at start instead of failing at its first message.
    static func configured(_ settings: ChannelSettingsSource, problems: inout [String]) -> Self?
    /// Routes any caller may reach (a provider's unsigned handshake), as `METHOD /path`.
    static var openRoutes: Set<String> { get }
    /// The polled feeds whose cursor an admin may set, each with its shape.
    static var cursorShapes: [FeedCursorShape] { get }
    /// Adds the channel's routes; `unit` is nil when the channel is not configured here, and the
    /// routes then say so (the route table is the same on every hub).
    static func addRoutes(to router: Router<HubRequestContext>, _ unit: Self?, _ dependencies: HubDependencies)

    var channel: Channel { get }
    /// The sending side; nil when the settings allow only taking messages in.
    func sender(_ wiring: ChannelWiringContext) -> (any DeliverySender)?
    /// Pollers and other background services.
    func services(_ wiring: ChannelWiringContext) -> [any Service]
    /// The photo fetcher with this channel's own kind of photo reference handled (media behind a token).
    func photos(wrapping fetcher: any PhotoFetching, _ wiring: ChannelWiringContext) -> any PhotoFetching
}

extension ChannelUnit {
    public static var openRoutes: Set<String> { [] }
    public static var cursorShapes: [FeedCursorShape] { [] }
    public func services(_ wiring: ChannelWiringContext) -> [any Service] { [] }
    public func photos(wrapping fetcher: any PhotoFetching, _ wiring: ChannelWiringContext) -> any PhotoFetching {
        fetcher
    }
}

/// The channel variables and the hub-wide values channel settings depend on.
public struct ChannelSettingsSource: Sendable {
    let environment: [String: String]
    /// The hub's own URL as providers reach it (`ASPIRASI_PUBLIC_URL`), without a trailing slash.
    public let publicURL: String

    public init(environment: [String: String], port: Int) {
        self.environment = environment
        let hub = environment[SettingsResolver.Variable.publicURL].flatMap { $0.isEmpty ? nil : $0 }
        let url = hub ?? "http://127.0.0.1:\(port)"
        self.publicURL = url.hasSuffix("/") ? String(url.dropLast()) : url
    }

    /// The variable's value; an empty one counts as unset.
    public func value(_ name: String) -> String? {
        environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    public static func isHTTP(_ url: String) -> Bool { url.hasPrefix("https://") || url.hasPrefix("http://") }

    /// A poll interval in seconds (5 to 86400), else the default with a problem.
    func pollSeconds(_ variable: String, default seconds: Int, problems: inout [String]) -> Duration {
        guard let text = value(variable) else { return .seconds(seconds) }
        guard let parsed = Int(text), (5...86_400).contains(parsed) else {
            problems.append("\(variable) must be a number of seconds from 5 to 86400, not \"\(text)\"")
            return .seconds(seconds)
        }
        return .seconds(parsed)
    }
}

/// A polled feed's cursor as an admin may set it (`PUT /api/v1/pollers/{feed}/cursor`).
public struct FeedCursorShape: Sendable {
    /// The feed's name as listed to the admin (`qlue:posts`, `email:<mailbox>`).
    public let name: String
    let matches: @Sendable (_ feed: String) -> Bool
    /// Nil when the value is a valid cursor; else what it should look like.
    let problem: @Sendable (_ value: String) -> String?

    /// One feed by its exact name.
    init(_ feed: String, problem: @escaping @Sendable (String) -> String?) {
        self.init(name: feed, matches: { $0 == feed }, problem: problem)
    }

    init(
        name: String, matches: @escaping @Sendable (String) -> Bool,
        problem: @escaping @Sendable (String) -> String?
    ) {
        self.name = name
        self.matches = matches
        self.problem = problem
    }

    /// Digits only, as a post id.
    static func isPostID(_ value: String) -> Bool {
        !value.isEmpty && value.count <= 20 && value.allSatisfy(\.isASCII) && value.allSatisfy(\.isNumber)
    }
}

extension HubConfiguration {
    /// The configured unit of one channel type.
    func unit<Unit: ChannelUnit>(_ type: Unit.Type) -> Unit? {
        channelUnits.lazy.compactMap { $0 as? Unit }.first
    }
}

/// What a channel's sender and services are built with.
public struct ChannelWiringContext: Sendable {
    public let http: HTTPClient
    public let database: PostgresClient
    public let polled: PolledIntake
    /// A provider's answer must come well inside the delivery lease.
    public let senderTimeout: TimeAmount
    public let logger: Logger
}
