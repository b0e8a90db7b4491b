import ArgumentParser
import PKRICore
import PKRIXML

struct ShowTemplate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: helpText("Menampilkan ringkasan templat: indeks, bagian, pertanyaan, skor maksimum.", "Shows a template's outline: indexes, sections, questions, maximum scores."),
        discussion: helpText("Contoh: pkri template show templates/pkri-keberlanjutan.xml --lang en", "Example: pkri template show templates/pkri-keberlanjutan.xml --lang en")
    )

    @OptionGroup var options: LanguageOption

    @Argument(help: .text("Berkas templat XML.", "XML template file."))
    var file: String

    func run() throws {
        let language = try options.language
        do {
            let loaded = try TemplateLoader(language: language).load(contentsOf: file)
            Terminal.report(loaded.warnings)
            Terminal.out(TemplateOutline(loaded.template, language: language).render())
        } catch {
            Terminal.report(error.diagnostics)
            throw ExitCode(1)
        }
    }
}
