import Foundation

/// `pkri --lang en --db hub.sqlite results …`: the options every command
/// shares, written before the subcommand, where the root's help mentions
/// them. swift-argument-parser reads options after the subcommand only (it
/// refused these as unknown), so they are taken off here and handed on as
/// `PKRI_LANG` and `PKRI_DB`, which every command reads when its own
/// `--lang` or `--db` is not given.
struct LeadingOptions {
    var arguments: [String]
    var language: String?
    var database: String?

    /// Splits off `--lang X`, `--lang=X`, `--db X` and `--db=X`, in any
    /// order, up to the first other argument (the subcommand).
    init(_ arguments: [String]) {
        var rest = arguments[...]
        while let option = Self.option(rest) {
            if option.name == "--lang" { language = option.value } else { database = option.value }
            rest = rest.dropFirst(option.width)
        }
        self.arguments = Array(rest)
    }

    /// The leading `--lang`/`--db` of `arguments`: its name, its value and
    /// how many arguments it takes up.
    private static func option(_ arguments: ArraySlice<String>) -> (name: String, value: String, width: Int)? {
        guard let first = arguments.first else { return nil }
        for name in ["--lang", "--db"] {
            if first == name, arguments.count >= 2 { return (name, arguments[arguments.startIndex + 1], 2) }
            if first.hasPrefix(name + "=") { return (name, String(first.dropFirst(name.count + 1)), 1) }
        }
        return nil
    }

    /// Hands the options on to the command that follows.
    func export() {
        if let language { setenv("PKRI_LANG", language, 1) }
        if let database { setenv("PKRI_DB", database, 1) }
    }
}
