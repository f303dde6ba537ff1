import Foundation

/// Hides what identifies a person in text the hub publishes: phone numbers
/// (Indonesian forms: `+62`, `62`, `0`, written with spaces, dashes, dots or
/// brackets), e-mail addresses (also written `nama [at] domain`), NIK-like
/// 16-digit numbers and other long runs of digits, and the names it is given
/// (the reporter's own).
///
/// It errs on the side of hiding: a date written with its time may go too,
/// while a tracking number, which is public anyway, stays.
public enum PersonalDataMask {
    public static let phone = "[telepon]"
    public static let email = "[email]"
    public static let nik = "[NIK]"
    public static let number = "[nomor]"
    public static let name = "[nama]"

    public static func masked(_ text: String, names: [String] = []) -> String {
        var marks = MaskMarks(text)
        marks.markEmails()
        marks.markNumbers()
        marks.markNames(names.flatMap(nameParts))
        return marks.rendered()
    }

    /// The words of a name or handle worth looking for: the whole of it and each
    /// part of at least three characters, without a leading `@` and without a
    /// channel prefix such as `forum:`.
    static func nameParts(_ name: String) -> [String] {
        var name = Substring(name.trimmingCharacters(in: .whitespacesAndNewlines))
        if !name.contains(" "), let colon = name.lastIndex(of: ":") { name = name[name.index(after: colon)...] }
        let parts = name.split(whereSeparator: \.isWhitespace).map { $0.drop { $0 == "@" } }
        let whole = parts.joined(separator: " ")
        return ([whole] + parts.map(String.init)).filter { $0.count >= 3 }
    }
}

/// The text as characters and the spans already replaced; the first mark over a character wins.
struct MaskMarks {
    let characters: [Character]
    private(set) var marks: [(range: Range<Int>, replacement: String)] = []
    private var taken: [Bool]

    init(_ text: String) {
        characters = Array(text)
        taken = Array(repeating: false, count: characters.count)
    }

    func isFree(_ index: Int) -> Bool { index >= 0 && index < characters.count && !taken[index] }

    mutating func mark(_ range: Range<Int>, as replacement: String) {
        guard !range.isEmpty, range.allSatisfy(isFree) else { return }
        for index in range { taken[index] = true }
        marks.append((range, replacement))
    }

    func rendered() -> String {
        guard !marks.isEmpty else { return String(characters) }
        var out = ""
        var next = 0
        for (range, replacement) in marks.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            out.append(contentsOf: characters[next..<range.lowerBound])
            out += replacement
            next = range.upperBound
        }
        out.append(contentsOf: characters[next...])
        return out
    }
}
