extension MaskMarks {
    /// Marks `local@domain.tld`, also with a full-width `＠` or the `[at]` / `(at)` people write to dodge spam bots.
    mutating func markEmails() {
        var index = 0
        while index < characters.count {
            guard let at = atSign(at: index) else {
                index += 1
                continue
            }
            if let start = localPartStart(before: at), let end = domainEnd(after: at) {
                mark(start..<end, as: PersonalDataMask.email)
                index = end
            } else {
                index = at.upperBound
            }
        }
    }

    /// The `@` (or written-out form) starting at `index`; `spaced` forms may stand apart from their neighbours.
    private func atSign(at index: Int) -> (lowerBound: Int, upperBound: Int, spaced: Bool)? {
        let character = characters[index]
        if character == "@" || character == "＠" { return (index, index + 1, false) }
        guard let closer = Self.closers[character] else { return nil }
        var cursor = index + 1
        cursor = skipSpaces(from: cursor, by: 1)
        guard cursor + 1 < characters.count, characters[cursor].lowercased() == "a",
            characters[cursor + 1].lowercased() == "t"
        else { return nil }
        cursor = skipSpaces(from: cursor + 2, by: 1)
        guard cursor < characters.count, characters[cursor] == closer else { return nil }
        return (index, cursor + 1, true)
    }

    private static let closers: [Character: Character] = ["[": "]", "(": ")", "{": "}", "<": ">"]

    private func localPartStart(before at: (lowerBound: Int, upperBound: Int, spaced: Bool)) -> Int? {
        var cursor = at.spaced ? skipSpaces(from: at.lowerBound - 1, by: -1) : at.lowerBound - 1
        let end = cursor
        while cursor >= 0, Self.isLocalPart(characters[cursor]) { cursor -= 1 }
        var start = cursor + 1
        while start <= end, characters[start] == "." { start += 1 }
        return start <= end && isFree(start) ? start : nil
    }

    /// The end of a domain with at least one dot and a final label of two letters or more.
    private func domainEnd(after at: (lowerBound: Int, upperBound: Int, spaced: Bool)) -> Int? {
        let start = at.spaced ? skipSpaces(from: at.upperBound, by: 1) : at.upperBound
        var cursor = start
        while cursor < characters.count, Self.isDomain(characters[cursor]) { cursor += 1 }
        while cursor > start, characters[cursor - 1] == "." || characters[cursor - 1] == "-" { cursor -= 1 }
        let labels = characters[start..<cursor].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let last = labels.last, last.count >= 2,
            last.allSatisfy(\.isLetter)
        else { return nil }
        return cursor
    }

    private func skipSpaces(from index: Int, by step: Int) -> Int {
        var cursor = index
        while cursor >= 0, cursor < characters.count, characters[cursor] == " " { cursor += step }
        return cursor
    }

    static func isLocalPart(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "._%+-'_".contains(character)
    }

    static func isDomain(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "."
    }
}
