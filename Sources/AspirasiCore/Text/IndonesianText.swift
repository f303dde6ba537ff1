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

    /// The words of `text`, lower-cased, with punctuation and digits apart, each as `unstretched` spells it.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(unstretched(current))
                current = ""
            }
        }
        if !current.isEmpty { words.append(unstretched(current)) }
        return words
    }

    /// A word as a resident types it in haste, spelled plainly: a letter held down ("mampettt",
    /// "sampahh") written once, and the "2" of reduplication ("bolong2", "lapak2") dropped. No
    /// Indonesian word has a letter three times in a row, and few end in a double letter, so this
    /// changes typing, not words.
    static func unstretched(_ word: String) -> String {
        var letters = Array(word)
        if letters.count > 3, letters.last == "2", letters.dropLast().allSatisfy(\.isLetter) { letters.removeLast() }
        var plain: [Character] = []
        var index = 0
        while index < letters.count {
            var run = 1
            while index + run < letters.count && letters[index + run] == letters[index] { run += 1 }
            let atEnd = index + run == letters.count
            let held = letters[index].isLetter && (run >= 3 || (run == 2 && atEnd && letters.count > 4))
            plain += Array(repeating: letters[index], count: held ? 1 : run)
            index += run
        }
        return String(plain)
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
