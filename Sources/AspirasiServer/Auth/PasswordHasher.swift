import AspirasiStore
import HummingbirdBcrypt
import NIOPosix

/// bcrypt, run on NIO's blocking pool: a hash at cost 12 takes a quarter of a
/// second of CPU, which must not stall an event loop or Swift's small pool.
///
/// bcrypt reads at most 72 bytes, and stops at a NUL (it takes a C string): a longer password
/// would be silently cut, so that its first 72 bytes alone open the account. Such passwords are
/// refused when set and never match when signing in.
public struct PasswordHasher: Sendable {
    public static let minimumLength = 10
    public static let maximumBytes = 72
    /// Work factor for new hashes; verifying reads the cost from the hash itself.
    public let cost: UInt8

    public init(cost: UInt8 = 12) {
        self.cost = cost
    }

    /// Why `password` may not be set (a message naming the rule), or nil when it may.
    public static func problem(with password: String) -> String? {
        if password.count < minimumLength { return "at least \(minimumLength) characters" }
        if !fitsBcrypt(password) {
            return "at most \(maximumBytes) bytes in UTF-8 (bcrypt ignores the rest), with no NUL character"
        }
        return nil
    }

    static func fitsBcrypt(_ password: String) -> Bool {
        password.utf8.count <= maximumBytes && !password.utf8.contains(0)
    }

    /// The hash of a password that passes `problem(with:)`; any other is refused naming `password`.
    public func hash(_ password: String) async throws -> String {
        if let problem = Self.problem(with: password) {
            throw WorkflowError.invalid(field: "password", message: problem)
        }
        let cost = self.cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, against hash: String) async throws -> Bool {
        // Never compare a cut-down password; still spend the hash's time, so the answer's
        // timing is the same as for any other wrong password.
        let fits = Self.fitsBcrypt(password)
        let candidate = fits ? password : ""
        let matches = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(candidate, hash: hash) }
        return fits && matches
    }
}
