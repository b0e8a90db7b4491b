import ArgumentParser
import PKRICore

/// A word where a subcommand belongs that names none (`pkri resuls`,
/// `pkri template valdate`), and the subcommand it most likely meant.
/// swift-argument-parser calls it an "unexpected argument" and suggests
/// nothing.
struct UnknownSubcommand {
    /// Where the word stands in the arguments.
    var position: Int
    var word: String
    var suggestion: String?

    /// Walks `arguments` down the tree of subcommands from `root`; nil when
    /// every word in a subcommand's place names one (or an option comes first).
    static func find(in arguments: [String], root: ParsableCommand.Type) -> UnknownSubcommand? {
        var command = root
        for (position, argument) in arguments.enumerated() {
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty, command.configuration.defaultSubcommand == nil,
                  !argument.hasPrefix("-"), argument != "help" else { return nil }
            if let next = subcommands.first(where: { $0._commandName == argument || $0.configuration.aliases.contains(argument) }) {
                command = next
                continue
            }
            let names = subcommands.map { $0._commandName }
            return UnknownSubcommand(position: position, word: argument, suggestion: Suggestion.closest(to: argument, among: names))
        }
        return nil
    }

    /// The library's message about this word, said as what it is.
    func explain(_ message: String) -> String {
        let meant = suggestion.map { ". Did you mean '\($0)'?" } ?? ""
        return message.replacingOccurrences(of: "Unexpected argument '\(word)'", with: "Unknown subcommand '\(word)'\(meant)")
    }
}
