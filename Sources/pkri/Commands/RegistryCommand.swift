import ArgumentParser

/// `pkri registry`: the agencies and innovations that templates assess.
struct RegistryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry",
        abstract: "Daftar instansi dan inovasi di workspace: impor dari CSV, tampilkan.",
        discussion: """
        Contoh:
          pkri registry import samples/registry/*.csv
          pkri registry list innovations --region 35
          pkri registry show INOV-2015-0031
        """,
        subcommands: [RegistryImport.self, RegistryList.self, RegistryShow.self]
    )
}
