import Foundation
import PKRICore

/// swift-argument-parser's own words in Indonesian: the headings, usage
/// lines and standard flags of `--help`, and its error messages.
///
/// The library (1.8) writes these in English and offers no hook to change
/// them, only the finished text (`fullMessage(for:)`, `helpMessage()`), so
/// they are translated here, phrase by phrase, at the edge. A phrase not
/// listed stays English; the README says which.
enum ParserWords {
    /// `text` in `language`; English is the library's own.
    static func localize(_ text: String, _ language: Language) -> String {
        guard language == .id, !text.isEmpty else { return text }
        var out = text
        for (pattern, template) in phrases {
            out = pattern.stringByReplacingMatches(in: out, range: NSRange(out.startIndex..., in: out), withTemplate: template)
        }
        return out
    }

    /// In order; `$1`, `$2` are what the library filled in.
    private static let phrases: [(NSRegularExpression, String)] = [
        // Help.
        (#"(?m)^OVERVIEW: "#, "IKHTISAR: "),
        (#"(?m)^USAGE: "#, "PENGGUNAAN: "),
        (#"(?m)^ARGUMENTS:$"#, "ARGUMEN:"),
        (#"(?m)^OPTIONS:$"#, "OPSI:"),
        (#"(?m)^SUBCOMMANDS:$"#, "SUBPERINTAH:"),
        (#"(?m)^(.+) SUBCOMMANDS:$"#, "SUBPERINTAH $1:"),
        (#"Show help information\."#, "Tampilkan bantuan ini."),
        (#"Show the version\."#, "Tampilkan versi pkri."),
        (#"Show subcommand help information\."#, "Tampilkan bantuan subperintah."),
        (#"See '(.+) <subcommand>' for detailed help\."#, "Lihat '$1 <subperintah>' untuk bantuan lengkap."),
        (#"<subcommand>"#, "<subperintah>"),
        // Wrapped help may end a line after the colon.
        (#"\(values:(\s)"#, "(nilai:$1"),
        (#"(\(|;\s+)default(\s+)as(\s+)flag:(\s)"#, "$1bawaan$2sebagai$3flag:$4"),
        (#"(\(|;\s+)default:(\s)"#, "$1bawaan:$2"),
        // Errors.
        (#"(?m)^Error: "#, "Kesalahan: "),
        (#"(?m)^Usage: "#, "Penggunaan: "),
        (#"(?m)^  See '(.+)' for more information\.$"#, "  Lihat '$1' untuk keterangan lebih lanjut."),
        (#"(?m)^Help:  "#, "Bantuan:  "),
        (#"Unknown subcommand '(.+?)'\. Did you mean '(.+?)'\?"#, "Subperintah '$1' tidak dikenal. Maksud Anda '$2'?"),
        (#"Unknown subcommand '(.+?)'"#, "Subperintah '$1' tidak dikenal"),
        (#"Unknown option '(.+?)'\. Did you mean '(.+?)'\?"#, "Opsi '$1' tidak dikenal. Maksud Anda '$2'?"),
        (#"Unknown option '(.+?)'"#, "Opsi '$1' tidak dikenal"),
        (#"(?m)^   or: "#, "  atau: "),
        (#"Missing value for '(.+?)'"#, "Nilai untuk '$1' belum diberikan"),
        (#"Missing expected argument '(.+)'"#, "Argumen '$1' wajib diberikan"),
        (#"Missing one of: "#, "Salah satu wajib diberikan: "),
        (#"The option '(.+?)' does not take any value, but '(.*)' was specified\."#,
         "Opsi '$1' tidak menerima nilai, tetapi diberi '$2'."),
        (#"Unexpected argument '(.*)'"#, "Argumen tak terduga '$1'"),
        (#"(\d+) unexpected arguments: "#, "$1 argumen tak terduga: "),
        (#"Value to be set with (.+) had already been set with (.+)"#, "Nilai untuk $1 sudah ditetapkan dengan $2"),
        (#"The value '(.*)' is invalid for '(.+?)'"#, "Nilai '$1' tidak sah untuk '$2'"),
        (#"The value '(.*)' is invalid\."#, "Nilai '$1' tidak sah."),
        (#"\. Please provide one of the following:"#, ". Berikan salah satu dari berikut:"),
        (#"\. Please provide one of "#, ". Berikan salah satu dari "),
        (#"(?m)(Berikan salah satu dari '[^\n]*?)' and '"#, "$1' dan '"),
        (#"(?m)(Berikan salah satu dari '[^\n]*?)' or '"#, "$1' atau '"),
        (#"Invalid option: "#, "Opsi tidak sah: "),
        (#"Missing required subcommand\."#, "Subperintah wajib diberikan."),
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1) }
}
