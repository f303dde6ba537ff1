extension MaskMarks {
    /// A run of digit groups joined by at most three separators (`0812-3456-7890`, `(021) 555 1234`,
    /// `+62 812.3456.7890`), with what it looked like.
    struct DigitRun {
        var digits: [Int] = []
        var groups: [Int] = []
        var international = false
        var end = 0
    }

    /// Marks phone numbers, NIK-like numbers and any other run of ten digits or more, except tracking numbers.
    mutating func markNumbers() {
        var index = 0
        while index < characters.count {
            guard isFree(index), let (start, run) = digitRun(at: index) else {
                index += 1
                continue
            }
            let text = String(characters[start..<run.end])
            if let replacement = Self.replacement(for: run), TrackingNumber(text) == nil {
                mark(start..<run.end, as: replacement)
            }
            index = run.end
        }
    }

    static func replacement(for run: DigitRun) -> String? {
        let count = run.digits.count
        if run.international && (8...15).contains(count) { return PersonalDataMask.phone }
        if count == 16 { return PersonalDataMask.nik }
        if run.digits.starts(with: [6, 2]) && (10...15).contains(count) { return PersonalDataMask.phone }
        // A first group of one or two digits starting with 0 is a day or a month, not an area code.
        if run.digits.first == 0 && (9...15).contains(count) && (run.groups.first ?? 0) >= 3 {
            return PersonalDataMask.phone
        }
        return count >= 10 ? PersonalDataMask.number : nil
    }

    private func digitRun(at index: Int) -> (start: Int, run: DigitRun)? {
        var run = DigitRun()
        var cursor = index
        let first = characters[index]
        if first == "+" || first == "(" {
            guard isFree(index + 1), Self.digit(characters[index + 1]) != nil else { return nil }
            run.international = first == "+"
            cursor += 1
        } else if Self.digit(first) == nil {
            return nil
        }
        while true {
            var group = 0
            while isFree(cursor), let digit = Self.digit(characters[cursor]) {
                run.digits.append(digit)
                group += 1
                cursor += 1
            }
            run.groups.append(group)
            run.end = cursor
            var next = cursor
            while next - cursor < 3, isFree(next), Self.separators.contains(characters[next]) { next += 1 }
            guard next > cursor, isFree(next), Self.digit(characters[next]) != nil else { break }
            cursor = next
        }
        return (index, run)
    }

    /// Spaces (also no-break), dashes of every width, dots and brackets.
    static let separators: Set<Character> = [
        " ", "\u{00A0}", "\u{202F}", "-", ".", "(", ")", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}",
        "\u{2015}", "\u{2212}",
    ]

    /// A decimal digit of any script (full-width digits too).
    static func digit(_ character: Character) -> Int? {
        guard character.isNumber, let value = character.wholeNumberValue, (0...9).contains(value) else { return nil }
        return value
    }
}
