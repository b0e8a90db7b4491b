import Foundation

/// A file in a fresh temporary directory, removed with it.
final class TemporaryFile {
    let directory: URL
    let path: String

    init(named name: String, contents: String) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("pkri-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent(name).path
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
    }

    deinit { try? FileManager.default.removeItem(at: directory) }
}
