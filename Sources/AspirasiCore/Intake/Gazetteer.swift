/// Finds the kelurahan, kecamatan or kota a message names in free text:
/// "Kel. Cipinang Melayu", "kelurahan kebon pala", "di Cakung", "Jaktim".
///
/// Names match word by word; a word of five letters or more may differ by one
/// edit ("Cipinang Melayoe"), and two name words may be written as one
/// ("kebonpala"). A longer name beats a shorter one inside it ("Kramat Jati"
/// over "Kramat"); a "Kel."/"Kec." marker in front favours that level. When a
/// name is shared by several kelurahan, a kecamatan or kota named too decides;
/// otherwise the answer falls back to the area they have in common.
public struct Gazetteer: Sendable {
    public struct Entry: Sendable {
        public let code: String
        public let name: String
        public let level: RegionLevel

        public init(code: String, name: String, level: RegionLevel) {
            self.code = code
            self.name = name
            self.level = level
        }
    }

    public struct Match: Sendable, Equatable {
        public let code: String
        public let level: RegionLevel
    }

    struct Candidate {
        let entry: Entry
        let start: Int
        let end: Int
        let score: Double
    }

    private let names: [(entry: Entry, words: [String])]

    public init(entries: [Entry]) {
        var names: [(Entry, [String])] = []
        for entry in entries {
            for alias in Self.aliases(for: entry) { names.append((entry, Self.spelled(alias))) }
        }
        self.names = names.filter { !$0.1.isEmpty }
    }

    /// Everyday names for the kota: "Jakarta Timur", "Jaktim", "Jakarta Timur" without "Kota Administrasi".
    static func aliases(for entry: Entry) -> [String] {
        guard entry.level == .kota else { return [entry.name] }
        var aliases = [entry.name]
        for prefix in ["Kota Administrasi ", "Kabupaten Administrasi "] where entry.name.hasPrefix(prefix) {
            aliases.append(String(entry.name.dropFirst(prefix.count)))
        }
        let short: [String: [String]] = [
            "31.71": ["jakpus"], "31.72": ["jakut"], "31.73": ["jakbar"], "31.74": ["jaksel"],
            "31.75": ["jaktim"], "31.01": ["pulau seribu", "kep seribu"],
        ]
        return aliases + (short[entry.code] ?? [])
    }

    /// Words in today's spelling: old names still written "Melayoe", "Djati", "Tjipinang".
    static func spelled(_ text: String) -> [String] {
        IndonesianText.words(text).map { word in
            word.replacingAll("oe", with: "u").replacingAll("dj", with: "j").replacingAll("tj", with: "c")
        }
    }

    public func locate(_ text: String) -> Match? {
        let words = Self.spelled(text)
        guard !words.isEmpty else { return nil }
        var candidates: [Candidate] = []
        for (entry, nameWords) in names {
            for (start, end, fuzzy) in Self.occurrences(of: nameWords, in: words) {
                candidates.append(
                    Candidate(
                        entry: entry, start: start, end: end,
                        score: Double(nameWords.count) - (fuzzy ? 0.5 : 0) + Self.markerBonus(words, start, entry.level)
                    ))
            }
        }
        return resolve(Self.dropSubsumed(candidates))
    }

    /// "Kel."/"kelurahan" before a kelurahan name, "Kec." before a kecamatan name.
    static func markerBonus(_ words: [String], _ start: Int, _ level: RegionLevel) -> Double {
        guard start > 0 else { return 0 }
        let marker = words[start - 1]
        switch level {
        case .kelurahan: return ["kel", "kelurahan", "desa", "kelurahaan"].contains(marker) ? 2 : 0
        case .kecamatan: return ["kec", "kecamatan", "kecamatn"].contains(marker) ? 2 : 0
        case .kota: return ["kota", "kabupaten", "wilayah"].contains(marker) ? 1 : 0
        case .provinsi: return 0
        }
    }

    /// A match lying inside a longer match is a part of that other name.
    static func dropSubsumed(_ candidates: [Candidate]) -> [Candidate] {
        candidates.filter { candidate in
            !candidates.contains { other in
                other.end - other.start > candidate.end - candidate.start && other.start <= candidate.start
                    && other.end >= candidate.end
            }
        }
    }

    private func resolve(_ candidates: [Candidate]) -> Match? {
        let mentioned = Set(candidates.map(\.entry.code))
        for level in [RegionLevel.kelurahan, .kecamatan, .kota] {
            var atLevel = candidates.filter { $0.entry.level == level }
            guard !atLevel.isEmpty else { continue }
            // A kecamatan or kota named as well picks among same-named kelurahan.
            let consistent = atLevel.filter { candidate in
                mentioned.contains { other in
                    other != candidate.entry.code && candidate.entry.code.hasPrefix(other + ".")
                }
            }
            if !consistent.isEmpty { atLevel = consistent }
            let best = atLevel.map(\.score).max() ?? 0
            let codes = Set(atLevel.filter { $0.score == best }.map(\.entry.code))
            if codes.count == 1, let code = codes.first { return Match(code: code, level: level) }
            return Self.commonArea(of: codes)
        }
        return nil
    }

    /// The smallest area that holds every one of `codes`, if it is below the province.
    static func commonArea(of codes: Set<String>) -> Match? {
        let parsed = codes.compactMap(RegionCode.init)
        for level in [RegionLevel.kecamatan, .kota] {
            let ancestors = Set(parsed.compactMap { $0.ancestor(at: level) })
            if ancestors.count == 1, let area = ancestors.first { return Match(code: area.rawValue, level: level) }
        }
        return nil
    }

    /// Where `name` occurs in `words`: (first word, one past the last, whether fuzzily).
    static func occurrences(of name: [String], in words: [String]) -> [(Int, Int, Bool)] {
        var found: [(Int, Int, Bool)] = []
        for start in words.indices {
            // Word by word.
            if start + name.count <= words.count {
                var fuzzy = false
                var matched = true
                for (offset, nameWord) in name.enumerated() {
                    let word = words[start + offset]
                    if word == nameWord { continue }
                    if nameWord.count >= 5, editDistance(word, nameWord, limit: 1) <= 1 {
                        fuzzy = true
                        continue
                    }
                    matched = false
                    break
                }
                if matched { found.append((start, start + name.count, fuzzy)) }
            }
            // Two name words written as one: "kebonpala".
            if name.count == 2, words[start] == name[0] + name[1] { found.append((start, start + 1, true)) }
        }
        return found
    }

    /// Levenshtein distance, giving up early once it exceeds `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard abs(a.count - b.count) <= limit else { return limit + 1 }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            if current.min() ?? 0 > limit { return limit + 1 }
            previous = current
        }
        return previous[b.count]
    }
}

extension String {
    /// Replaces every occurrence of `target`; Foundation-free for the core module.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
