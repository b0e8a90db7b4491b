import ArgumentParser
import Foundation
import PKRICore

/// The language of `--help`: swift-argument-parser builds the help from
/// each command's configuration and its `help:` strings before (or
/// instead of) parsing `--lang`, so the language is read here from the
/// process itself.
enum HelpLanguage {
    /// English when the arguments hold `--lang en` or `--lang=en` anywhere
    /// (the last `--lang` wins, as in parsing), or else when `PKRI_LANG` is
    /// `en`; otherwise Indonesian.
    static let current: Language = resolve(arguments: CommandLine.arguments.dropFirst(),
                                           environment: ProcessInfo.processInfo.environment)

    static func resolve<Arguments: Collection>(arguments: Arguments, environment: [String: String]) -> Language
    where Arguments.Element == String {
        var code: String?
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            if argument == "--" { break }
            if argument == "--lang" {
                code = iterator.next()
            } else if argument.hasPrefix("--lang=") {
                code = String(argument.dropFirst("--lang=".count))
            }
        }
        let chosen = code ?? environment["PKRI_LANG"] ?? "id"
        return chosen.lowercased() == "en" ? .en : .id
    }
}

/// `indonesian` or `english`, by the language of `--help`.
func helpText(_ indonesian: String, _ english: String) -> String {
    HelpLanguage.current.pick(indonesian, english)
}

extension ArgumentHelp {
    /// A `help:` text in both languages, picked by the language of `--help`.
    static func text(_ indonesian: String, _ english: String) -> ArgumentHelp {
        ArgumentHelp(helpText(indonesian, english))
    }
}
