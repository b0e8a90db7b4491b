/// What an assessor typed at a prompt: an answer or a command. A command
/// starts with `:` so it can never be taken for an answer; text that must
/// begin with `:` is typed as `::`.
public enum TypedInput: Equatable, Sendable {
    case answer(String)
    case command(WalkCommand)

    public init(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("::") {
            self = .answer(String(trimmed.dropFirst()))
        } else if trimmed.hasPrefix(":") {
            self = .command(WalkCommand(String(trimmed.dropFirst())))
        } else {
            self = .answer(trimmed)
        }
    }
}

/// The commands of `pkri assess`.
public enum WalkCommand: Equatable, Sendable {
    case back, review, skip, clear, accept, reject, score, save, submit, help
    case goTo(String)
    case note(String)
    case evidence(String)
    case unknown(String)

    public init(_ text: String) {
        let name = text.prefix { !$0.isWhitespace }.lowercased()
        let argument = text.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        switch name {
        case "back", "kembali": self = .back
        case "review", "tinjau": self = .review
        case "skip", "lewati": self = .skip
        case "clear", "hapus": self = .clear
        case "accept", "terima": self = .accept
        case "reject", "tolak": self = .reject
        case "score", "skor": self = .score
        case "save", "simpan": self = .save
        case "submit", "kirim": self = .submit
        case "help", "bantuan", "?": self = .help
        case "goto", "ke": self = argument.isEmpty ? .unknown(text) : .goTo(argument)
        case "note", "catatan": self = .note(argument)
        case "evidence", "bukti": self = argument.isEmpty ? .unknown(text) : .evidence(argument)
        default: self = .unknown(text)
        }
    }
}

import Foundation

extension Question {
    /// Turns typed text into answer values: an option's value or its number
    /// (an exact value wins; for `multiple`, several separated by commas or
    /// spaces), a number with a decimal point or an Indonesian decimal comma,
    /// a date, or text. Empty text gives no values.
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
        return token
    }
}
