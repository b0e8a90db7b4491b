import Foundation

/// `pkri --lang en score …`: `--lang` written before the subcommand, where
/// the root's help mentions it, is read as `PKRI_LANG` for the command
/// that follows (swift-argument-parser parses options after the
/// subcommand only, so it refused them there as unknown).
enum LeadingLanguage {
    /// `arguments` without a leading `--lang X` or `--lang=X`, and X.
    static func extract(from arguments: [String]) -> (arguments: [String], language: String?) {
        guard let first = arguments.first else { return (arguments, nil) }
        if first == "--lang", arguments.count >= 2 { return (Array(arguments.dropFirst(2)), arguments[1]) }
        if first.hasPrefix("--lang=") { return (Array(arguments.dropFirst()), String(first.dropFirst(7))) }
        return (arguments, nil)
    }
}
