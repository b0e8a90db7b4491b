import ArgumentParser
import Foundation
import PKRICore
import PKRIODK
import PKRIStore
import PKRIXML

struct ExportTemplate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: helpText("Menulis templat sebagai formulir ODK (XForm) untuk ODK Collect, Enketo, ODK Central, KoboToolbox.", "Writes a template as an ODK form (XForm) for ODK Collect, Enketo, ODK Central, KoboToolbox."),
        discussion: helpText("""
        Templat diambil dari workspace (ID atau ID@VERSI) atau dari berkas XML. Bentuk formulir adalah kontrak \
        (docs/odk-form.md): grup pkri (subjek, penilai, peran, tahap, waktu mulai dan selesai), satu grup per bagian, \
        satu isian per pertanyaan, unggahan PERTANYAAN__bukti, dan nilai indeks sementara di akhir. Templat yang tidak \
        dapat dinyatakan ditolak dengan letak masalahnya.
        Contoh: pkri template export pkri-keberlanjutan --format xform -o keberlanjutan.xml
        """, """
        The template comes from the workspace (ID or ID@VERSION) or from an XML file. The form's shape is a contract \
        (docs/odk-form.md): a pkri group (subject, assessor, role, stage, start and end times), one group per section, \
        one field per question, QUESTION__bukti uploads, and provisional index values at the end. A template that \
        cannot be expressed is refused, with where the problem is.
        Example: pkri template export pkri-keberlanjutan --format xform -o keberlanjutan.xml
        """)
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case xform }

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: .text("Id templat di workspace (ID atau ID@VERSI), atau berkas templat XML.", "Template id in the workspace (ID or ID@VERSION), or an XML template file."))
    var template: String

    @Option(help: .text("Format keluaran: xform.", "Output format: xform.")) var format: Format

    @Option(name: [.customShort("o"), .long], help: .text("Berkas keluaran (bawaan: keluaran standar).", "Output file (default: standard output)."))
    var output: String?

    func run() throws {
        let l = workspace.lang
        let loaded = try load(l)
        let xml: String
        do throws(XFormExportError) {
            xml = try XFormWriter(loaded).xml()
        } catch {
            Terminal.report(error.diagnostics(l))
            throw ExitCode(1)
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(xml.utf8))
            return
        }
        do throws(OutputFile.Failure) {
            try OutputFile.replace(output, with: Data(xml.utf8))
        } catch {
            Terminal.err("pkri: " + error.message(output, l))
            throw ExitCode(1)
        }
        Terminal.out(output)
    }

    /// A file when one exists at that path, else a workspace template.
    private func load(_ l: Language) throws -> Template {
        if FileManager.default.fileExists(atPath: template) {
            do {
                let loaded = try TemplateLoader(language: l).load(contentsOf: template)
                Terminal.report(loaded.warnings)
                return loaded.template
            } catch {
                Terminal.report(error.diagnostics)
                throw ExitCode(1)
            }
        }
        let ws = try workspace.open()
        let parts = template.split(separator: "@", maxSplits: 1).map(String.init)
        do {
            return try ws.template(id: parts[0], version: parts.count > 1 ? parts[1] : nil, language: l)
        } catch {
            throw workspace.fail(error)
        }
    }
}
