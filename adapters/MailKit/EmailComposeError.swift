/// Why an outgoing message could not be built. Structural values (addresses,
/// message ids) are rejected rather than repaired: silently altering them
/// would send mail somewhere else or break threading.
public enum EmailComposeError: Error, Sendable, Equatable {
    /// Not a plain ASCII `local@domain` without whitespace, controls or specials.
    case invalidAddress(String)
    /// Empty, too long, or containing whitespace, controls, "<" or ">".
    case invalidMessageID(String)
    case noRecipients
}
