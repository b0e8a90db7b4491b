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
