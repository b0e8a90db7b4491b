import ArgumentParser
import Foundation
import PKRICore

/// Expands command-line paths: a file stays, a folder gives its `*.xml`
/// files (sorted, not recursive).
enum SubmissionFiles {
    struct Input: Sendable {
        var path: String
        var fromFolder: Bool
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// How many files `path` gives (its `*.xml` files when it is a folder),
    /// without keeping their names.
    static func count(_ path: String) -> Int {
        guard isFolder(path) else { return 1 }
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).lazy.filter { $0.hasSuffix(".xml") }.count
    }

    static func expand(_ paths: [String], language: Language) throws -> [Input] {
        var out: [Input] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                Terminal.report([Diagnostic(.error, at: SourceLocation(file: path, line: 1),
                                            language.pick("berkas atau folder tidak ada", "no such file or folder"))])
                throw ExitCode(1)
            }
            guard isDirectory.boolValue else { out.append(Input(path: path, fromFolder: false)); continue }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            for name in names.sorted() where name.hasSuffix(".xml") {
                out.append(Input(path: (path as NSString).appendingPathComponent(name), fromFolder: true))
            }
        }
        return out
    }
}
