import ArgumentParser

/// `pkri registry`: the agencies and innovations that templates assess.
struct RegistryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry",
        abstract: helpText("Daftar instansi dan inovasi di workspace: impor dari CSV, tampilkan.", "The agencies and innovations in the workspace: import from CSV, show."),
        discussion: helpText("""
        Contoh:
          pkri registry import samples/registry/*.csv
          pkri registry list innovations --region 35
          pkri registry show INOV-2015-0031
        """, """
        Example:
          pkri registry import samples/registry/*.csv
          pkri registry list innovations --region 35
          pkri registry show INOV-2015-0031
        """),
        subcommands: [RegistryImport.self, RegistryList.self, RegistryShow.self]
    )
}
