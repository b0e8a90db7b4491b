import Foundation

/// Paths inside the package, found from this file.
enum PackagePaths {
    /// The package root: three levels above this file.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let templates = root.appendingPathComponent("templates")
    static let samples = root.appendingPathComponent("samples")
    static let javaRosa = root.appendingPathComponent("Tests/PKRIODKTests/JavaRosa")

    /// File names of the shipped templates, `templates/*.xml`, sorted.
    static var shippedTemplates: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: templates.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted()
    }
}
