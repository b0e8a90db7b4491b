import Foundation

extension Question {
    /// Reads what an assessor typed at this question in `language`: the
    /// values of ``values(fromTyped:)``, except that a number written with
    /// the language's thousands separator (`12.500` in Indonesian, `12,500`
    /// in English) is refused with a hint: the same text is twelve and a
    /// half in the other language, so it is never guessed.
    public func read(typed: String, language: Language) -> Result<[String], AnswerProblem> {
        let text = typed.trimmingCharacters(in: .whitespaces)
        if kind.isNumeric, let digits = Self.digitsGrouped(text, by: language == .id ? "." : ",") {
            return .failure(.thousandsSeparator(text, digits: digits))
        }
        return .success(values(fromTyped: text))
    }

    /// Turns typed text into answer values: an option's value or its number
    /// (an exact value wins, then one option whose value is the same in
    /// any case; for `multiple`, several separated by commas or spaces), a
    /// number with a decimal point or an Indonesian decimal comma, a date,
    /// or text. Empty text gives no values.
    public func values(fromTyped typed: String) -> [String] {
        let text = typed.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return [] }
        switch kind {
        case .single:
            return [option(forTyped: text)]
        case .multiple:
            if option(text) != nil { return [text] }
            return text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" })
                .map { option(forTyped: String($0)) }
        case .integer, .decimal:
            // "12,5" is twelve and a half; thousands separators are not guessed.
            let commas = text.filter { $0 == "," }.count
            if commas == 1, !text.contains(".") { return [text.replacingOccurrences(of: ",", with: ".")] }
            return [text]
        case .date, .text:
            return [text]
        }
    }

    private func option(forTyped token: String) -> String {
        if option(token) != nil { return token }
        if let n = Int(token), n >= 1, n <= options.count { return options[n - 1].value }
        // A keyboard may send `é` decomposed: typed text that is canonically
        // the option becomes the option as written (documents must match bytes).
        if let same = options.first(where: { $0.value == token }) { return same.value }
        // `RPJMD` for the option `rpjmd`, unless two options differ only in case.
        let lowered = token.lowercased()
        let anyCase = options.filter { $0.value.lowercased() == lowered }
        if anyCase.count == 1 { return anyCase[0].value }
        return token
    }

    /// The digits of `text` when it is a whole number grouped in threes by
    /// `separator` (`12.500`, `1.234.567`); nil otherwise (`0.125`, `12.5`).
    static func digitsGrouped(_ text: String, by separator: Character) -> String? {
        var body = Substring(text)
        var sign = ""
        if let first = body.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        let groups = body.split(separator: separator, omittingEmptySubsequences: false)
        guard groups.count >= 2, let head = groups.first, (1...3).contains(head.count), head.first != "0",
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return sign + groups.joined()
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
