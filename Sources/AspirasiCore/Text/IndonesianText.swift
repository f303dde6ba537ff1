/// Normalises Indonesian free text for matching: lower case, letters and
/// digits only, slang mapped to standard words, common affixes stripped.
///
/// Keywords and messages go through the same function, so an over-eager stem
/// ("merah" -> "rah") still matches itself; what matters is that "berlubang",
/// "lubangnya" and "bolong" all meet at "lubang".
public enum IndonesianText {
    /// Informal words citizens use, mapped to the word the keyword lists use.
    static let slang: [String: String] = [
        "bolong": "lubang", "bolongnya": "lubang", "lobang": "lubang", "numpuk": "tumpuk", "menumpuk": "tumpuk",
        "mampet": "mampet", "mampat": "mampet", "buntu": "mampet", "gorong": "gorong", "kali": "kali",
        "ngga": "tidak", "nggak": "tidak", "gak": "tidak", "ga": "tidak", "enggak": "tidak", "tdk": "tidak",
        "blm": "belum", "udah": "sudah", "sdh": "sudah", "msh": "masih", "jl": "jalan", "jln": "jalan",
        "kel": "kelurahan", "kec": "kecamatan", "sampahnya": "sampah", "jalanan": "jalan", "lampunya": "lampu",
        "parkiran": "parkir", "macetnya": "macet", "banjirnya": "banjir",
    ]

    static let prefixes = [
        "member", "menge", "meng", "meny", "mem", "men", "ber", "ter", "per", "me", "di", "ke", "se",
    ]
    static let suffixes = ["nya", "kan", "lah", "kah", "an", "i"]

    /// The words of `text`, lower-cased, with punctuation and digits apart.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Each word mapped through the slang table and stemmed.
    public static func stems(_ text: String) -> [String] {
        words(text).map { stem(slang[$0] ?? $0) }
    }

    /// Strips at most one prefix and one suffix, keeping a stem of at least four letters.
    public static func stem(_ word: String) -> String {
        guard word.count > 4, word.allSatisfy(\.isLetter) else { return word }
        var stem = word
        for suffix in suffixes where stem.hasSuffix(suffix) && stem.count - suffix.count >= 4 {
            stem.removeLast(suffix.count)
            break
        }
        for prefix in prefixes where stem.hasPrefix(prefix) && stem.count - prefix.count >= 4 {
            stem.removeFirst(prefix.count)
            break
        }
        return stem
    }

    /// Text with everything but letters, digits and single spaces removed.
    public static func folded(_ text: String) -> String {
        words(text).joined(separator: " ")
    }
}
