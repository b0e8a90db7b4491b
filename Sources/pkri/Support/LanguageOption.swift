import ArgumentParser
import Foundation
import PKRICore

/// `--lang id|en`, else `PKRI_LANG`, else Indonesian.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: .text("Bahasa keluaran: id (bawaan) atau en. Juga dari PKRI_LANG.", "Output language: id (the default) or en. Also from PKRI_LANG."))
    var lang: String?

    var language: Language {
        get throws {
            let code = lang ?? ProcessInfo.processInfo.environment["PKRI_LANG"] ?? "id"
            guard let language = Language(rawValue: code.lowercased()) else {
                // Name where the value came from: a user who set no --lang looks for it in vain.
                let source = lang == nil ? "PKRI_LANG" : "--lang"
                throw ValidationError("\(source) harus 'id' atau 'en', bukan '\(code)'")
            }
            return language
        }
    }

    func validate() throws { _ = try language }
}

extension Language: ExpressibleByArgument {}
