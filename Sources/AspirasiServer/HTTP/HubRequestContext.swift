import AspirasiStore
import Foundation
import Hummingbird
import HummingbirdAuth
import NIOCore

/// The request context of every hub route: Hummingbird's core context, the
/// peer's address (Kannel's allow-list, login throttling), the officer an
/// authentication middleware found, and the JSON coders every handler uses.
public struct HubRequestContext: AuthRequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    /// Set by `OfficerBearerAuthenticator` (or the console's session) for routes behind it.
    public var identity: Officer?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
        self.identity = nil
    }

    /// JSON bodies are small; photos and provider payloads read their bodies with limits of their own.
    public var maxUploadSize: Int { 64 * 1024 }
    public var requestDecoder: HubJSONDecoder { HubJSONDecoder() }
    public var responseEncoder: JSONEncoder { HubJSON.encoder }

    /// The signed-in officer; routes reach here only behind `RequireOfficer`, so nil is a wiring mistake
    /// answered as 401 rather than a crash.
    func officer() throws -> Officer {
        guard let identity else { throw WorkflowError.unauthenticated }
        return identity
    }
}
