import Foundation

/// Paths in the main package, found from this file: `fuzz/Sources/FuzzSupport/`.
public enum FuzzPaths {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped templates, `templates/*.xml`, sorted by name.
    public static var shippedTemplates: [String] {
        let dir = root.appendingPathComponent("templates").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { "\(dir)/\($0)" }
    }
}
