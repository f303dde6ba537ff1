extension MaskMarks {
    /// Marks each whole-word occurrence of `names` (ignoring case), the longest name first so a
    /// full name goes as one.
    mutating func markNames(_ names: [String]) {
        guard !names.isEmpty else { return }
        let lowered = characters.map { $0.lowercased() }
        for name in Set(names).sorted(by: { $0.count > $1.count }) {
            let pattern = name.map { $0.lowercased() }
            guard let first = pattern.first else { continue }
            var index = 0
            while index + pattern.count <= lowered.count {
                if lowered[index] == first, Array(lowered[index..<index + pattern.count]) == pattern,
                    !isWord(index - 1), !isWord(index + pattern.count)
                {
                    // A mention goes with its @.
                    let start = index > 0 && characters[index - 1] == "@" ? index - 1 : index
                    mark(start..<index + pattern.count, as: PersonalDataMask.name)
                    index += pattern.count
                } else {
                    index += 1
                }
            }
        }
    }

    private func isWord(_ index: Int) -> Bool {
        guard index >= 0, index < characters.count else { return false }
        let character = characters[index]
        return character.isLetter || character.isNumber || character == "_"
    }
}
