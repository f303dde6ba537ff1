/// Why a raw message was refused. Parsing is lenient about malformed content
/// (it never throws for a bad header or a broken encoding); it only refuses
/// input that would cost unbounded memory or time, so one hostile mail cannot
/// take the email channel down.
public enum MIMEError: Error, Sendable, Equatable {
    /// The raw message is larger than `MIMELimits.maxBytes`.
    case tooLarge(size: Int, limit: Int)
    /// The message holds more body parts than `MIMELimits.maxParts`.
    case tooManyParts(limit: Int)
    /// Multiparts are nested deeper than `MIMELimits.maxDepth`.
    case tooDeep(limit: Int)
}
