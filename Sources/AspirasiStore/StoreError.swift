/// What can go wrong in the store layer.
///
/// A struct around a private enum, so that new cases do not break callers
/// that switch over the public `kind`.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// PostgreSQL or PostGIS binaries are not installed.
        case missingSoftware
        /// The embedded cluster could not be created, started or stopped.
        case cluster
        /// The database could not be reached.
        case unavailable
        /// A migration failed; nothing of it was applied.
        case migration
        /// Reference data is missing or malformed.
        case referenceData
        /// A setting such as DATABASE_URL is malformed.
        case configuration
    }

    public let kind: Kind
    public let message: String

    init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
