import HummingbirdBcrypt
import NIOPosix

/// bcrypt, run on NIO's blocking pool: a hash at cost 12 takes a quarter of a
/// second of CPU, which must not stall an event loop or Swift's small pool.
public struct PasswordHasher: Sendable {
    public static let minimumLength = 10
    /// Work factor for new hashes; verifying reads the cost from the hash itself.
    public let cost: UInt8

    public init(cost: UInt8 = 12) {
        self.cost = cost
    }

    public func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, against hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
