/// Resource bounds for parsing. The defaults are far above what a citizen's
/// mail (a few photos and some text) needs, yet low enough that a crafted
/// message cannot exhaust memory or recursion depth.
public struct MIMELimits: Sendable, Equatable {
    /// Largest accepted raw message, in bytes (32 MiB).
    public var maxBytes: Int
    /// Most body parts (every entity below the top level, containers included).
    public var maxParts: Int
    /// Deepest accepted multipart nesting: a part inside `maxDepth` nested
    /// multiparts is fine, one more level is refused.
    public var maxDepth: Int

    public init(maxBytes: Int = 32 * 1024 * 1024, maxParts: Int = 100, maxDepth: Int = 10) {
        self.maxBytes = maxBytes
        self.maxParts = maxParts
        self.maxDepth = maxDepth
    }

    public static let standard = MIMELimits()
}
