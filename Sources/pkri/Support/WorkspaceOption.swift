import ArgumentParser
import Foundation
import PKRICore
import PKRIStore

/// `--db PATH`, else `PKRI_DB`, else `./pkri.sqlite`; with `--lang`.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: .text("Berkas workspace SQLite (bawaan: PKRI_DB, lalu ./pkri.sqlite).", "SQLite workspace file (default: PKRI_DB, then ./pkri.sqlite)."))
    var db: String?

    @OptionGroup var language: LanguageOption

    var path: String { Workspace.resolvePath(db) }

    var lang: Language { (try? language.language) ?? .id }

    /// Opens the workspace or exits with a clear message. `writing`: the
    /// command stores something, so a read-only workspace is refused up front.
    func open(writing: Bool = false) throws -> Workspace {
        do {
            return OpenWorkspaces.keep(try Workspace.open(at: path, writing: writing))
        } catch {
            Terminal.err("pkri: " + error.message(lang))
            throw ExitCode(1)
        }
    }

    /// Prints a workspace error and exits 1.
    func fail(_ error: WorkspaceError) -> ExitCode {
        if case .invalid(let diagnostics) = error {
            Terminal.report(diagnostics)
        } else {
            Terminal.err("pkri: " + error.message(lang))
        }
        return ExitCode(1)
    }
}
