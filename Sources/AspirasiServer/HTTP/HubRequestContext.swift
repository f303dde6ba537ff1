import Hummingbird
import NIOCore

/// The request context of every hub route: Hummingbird's core context plus
/// the peer's address, which the Kannel webhook checks against its allow-list.
public struct HubRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }
}
