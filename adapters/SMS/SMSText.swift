/// How an SMS is encoded and cut into segments (3GPP TS 23.038): GSM-7 when
/// every character is in the default alphabet or its extension table (those
/// count twice), else UCS-2. One segment holds 160 GSM-7 septets or 70 UCS-2
/// units; a concatenated message loses room to its header: 153 or 67 per
/// segment. Parts never split an escape pair or a surrogate pair.
public struct SMSText: Sendable, Equatable {
    public enum Coding: String, Sendable {
        case gsm7
        case ucs2

        /// Kannel's `coding` parameter.
        public var kannelCoding: Int { self == .gsm7 ? 0 : 2 }
    }

    public let text: String
    public let coding: Coding
    /// The text of each segment, in order.
    public let segments: [String]

    static let basic: Set<Character> = Set(
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
    )
    static let extended: Set<Character> = Set("^{}\\[~]|€\u{0C}")
    /// "\r\n" is one Character in Swift but two GSM-7 septets, both in the basic alphabet.
    static let crlf: Character = "\r\n"

    /// Characters that look alike in GSM-7: a template's ellipsis or a
    /// citizen's curly quotes should not triple the cost of an SMS.
    static let lookAlikes: [Character: String] = [
        "…": "...", "“": "\"", "”": "\"", "‘": "'", "’": "'", "–": "-", "—": "-", "\u{00A0}": " ", "•": "-",
    ]

    public init(_ original: String) {
        var text = ""
        for character in original { text += Self.lookAlikes[character] ?? String(character) }
        let gsm = text.allSatisfy { Self.basic.contains($0) || Self.extended.contains($0) || $0 == Self.crlf }
        self.text = gsm ? text : original
        self.coding = gsm ? .gsm7 : .ucs2
        self.segments =
            gsm
            ? Self.split(text, single: 160, part: 153, cost: Self.septets)
            : Self.split(original, single: 70, part: 67, cost: { $0.utf16.count })
    }

    static func septets(_ character: Character) -> Int { extended.contains(character) || character == crlf ? 2 : 1 }

    static func split(_ text: String, single: Int, part: Int, cost: (Character) -> Int) -> [String] {
        let total = text.reduce(0) { $0 + cost($1) }
        guard total > single else { return [text] }
        var parts: [String] = []
        var current = ""
        var used = 0
        for character in text {
            let size = cost(character)
            if used + size > part {
                parts.append(current)
                current = ""
                used = 0
            }
            current.append(character)
            used += size
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }
}
