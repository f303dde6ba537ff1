import AspirasiTestSupport
import ChannelKit
import FacebookAdapter
import ForumAdapter
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SMSAdapter
import Testing
import TwitterAdapter

@testable import AspirasiServer

/// Walks every route the router holds: none but the declared open ones answers a caller who brings no
/// credentials (no token, no key, no signature) with anything but a refusal, and nothing is stored.
@Suite struct RouteTableTests {
    @Test func noRouteIsReachableWithoutTheAuthenticationItDeclares() async throws {
        try await withLiveHub(configure: Self.everyChannel) { hub in
            let router = buildRouter(HubDependencies(client: hub.database, logger: .quiet))
            var reached: [String] = []
            var checked = 0
            for route in router.routes {
                let name = "\(route.method) \(route.path)"
                guard !Routes.open.contains(name) else { continue }
                checked += 1
                let uri = Self.concrete(route.path.description)
                let response = try await hub.http.execute(
                    uri: uri, method: route.method, headers: [.contentType: "application/json"],
                    body: route.method == .get ? nil : ByteBuffer(string: "{}"))
                // 401/403 refuse a caller; the Kannel hooks answer an unknown token with 403 too. The console's
                // pages refuse a person without a session by sending them to its sign-in page.
                let toSignIn =
                    response.status == .seeOther && response.headers[.location]?.hasPrefix("/console/login") == true
                if ![.unauthorized, .forbidden].contains(response.status) && !toSignIn {
                    reached.append("\(name) -> \(response.status.code)")
                }
            }
            #expect(checked >= 20, "the walk saw only \(checked) routes")
            #expect(reached.isEmpty, "reachable without credentials: \(reached)")
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages") == 0)
        }
    }

    @Test func everyOpenRouteExists() async throws {
        try await withLiveHub { hub in
            let router = buildRouter(HubDependencies(client: hub.database, logger: .quiet))
            let names = Set(router.routes.map { "\($0.method) \($0.path)" })
            #expect(Routes.open.subtracting(names).isEmpty)
        }
    }

    /// Every channel configured, so that each webhook checks its signature instead of answering 404.
    static func everyChannel(_ dependencies: inout HubDependencies) {
        dependencies.receive(TwitterChannel(TwitterSettings(consumerSecret: "secret", userID: "1")))
        dependencies.receive(FacebookChannel(FacebookSettings(appSecret: "secret", verifyToken: "verify", pageID: "1")))
        dependencies.receive(ForumChannel(ForumSettings(webhookSecret: "secret", apiUsername: "aspirasi")))
        dependencies.receive(
            SMSChannel(
                twilio: TwilioSettings(
                    accountSID: "AC0", authToken: "secret", from: "+15550100",
                    webhookURL: "https://hub.example/webhooks/sms/twilio"),
                kannel: KannelSettings(token: "secret-token", allowed: [])))
        dependencies.install(
            WhatsAppChannel(
                WhatsAppSettings(appSecret: "secret", verifyToken: "verify", phoneNumberID: "1", accessToken: "t")),
            http: .shared)
    }

    /// A path with a plausible value in each capture.
    static func concrete(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part -> String in
            guard part.hasPrefix(":") || part.hasPrefix("{") else { return String(part) }
            switch part.trimmingCharacters(in: CharacterSet(charactersIn: ":{}")) {
            case "number": return "2611-0000019"
            case "id": return "1"
            case "day": return "2026-12-25"
            case "code": return "31.71.01.1001"
            case "token": return "wrong-token"
            case "resource": return "requests.json"
            default: return "x"
            }
        }.joined(separator: "/")
    }
}
