import ArgumentParser
import PKRICore
import PKRIXML

struct ValidateTemplate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: helpText("Memeriksa templat: skema XML, aturan semantik, dan ekspresi.", "Checks templates: XML Schema, semantic rules, and expressions."),
        discussion: helpText("""
        Setiap masalah ditulis ke stderr sebagai BERKAS:BARIS:KOLOM: error: pesan.
        Peringatan (warning) tidak menggagalkan. Status keluar 0 bila semua templat sah, 1 bila tidak.
        Contoh: pkri template validate templates/*.xml
        """, """
        Every problem is written to stderr as FILE:LINE:COLUMN: error: message.
        Warnings do not fail. Exit status 0 when every template is valid, 1 otherwise.
        Example: pkri template validate templates/*.xml
        """)
    )

    @OptionGroup var options: LanguageOption

    @Argument(help: .text("Berkas templat XML.", "XML template files."))
    var files: [String]

    func run() throws {
        let language = try options.language
        let loader = TemplateLoader(language: language)
        var failed = false
        for file in files {
            do {
                let loaded = try loader.load(contentsOf: file)
                Terminal.report(loaded.warnings)
                let t = loaded.template
                Terminal.out(language.pick(
                    "\(file): sah — \(t.id) versi \(t.version), \(t.indices.count) indeks, \(t.sections.count) bagian, \(t.questions.count) pertanyaan",
                    "\(file): valid — \(t.id) version \(t.version), \(Self.count(t.indices.count, "index", "indices")), \(Self.count(t.sections.count, "section", "sections")), \(Self.count(t.questions.count, "question", "questions"))"))
            } catch {
                Terminal.report(error.diagnostics)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// "1 index", "2 indices".
    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
}
