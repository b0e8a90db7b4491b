import ArgumentParser
import Foundation
import PKRICore

/// Parses and runs the command line as `ParsableCommand.main` does, with
/// two things the library does not offer: its own words (help headings,
/// usage lines, its error messages) in the language of the help
/// (``ParserWords``), and "did you mean" for a mistyped subcommand.
enum CommandLineRun {
    static func main(_ root: ParsableCommand.Type, _ arguments: [String]) {
        let unknown = UnknownSubcommand.find(in: arguments, root: root)
        do {
            // Up to a mistyped subcommand only: what follows it means nothing yet.
            var command = try root.parseAsRoot(unknown.map { Array(arguments.prefix($0.position + 1)) } ?? arguments)
            try command.run()
        } catch {
            let code = root.exitCode(for: error)
            var text = root.fullMessage(for: error)
            if let unknown { text = unknown.explain(text) }
            text = ParserWords.localize(text, HelpLanguage.current)
            if !text.isEmpty {
                let handle = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                handle.write(Data((text + "\n").utf8))   // as the library prints it
            }
            exit(code.rawValue)
        }
    }
}
