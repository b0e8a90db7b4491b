import Foundation
import PKRICore

/// What ODK Collect keeps for one filled form: a folder holding one
/// instance XML and its media files, or a bare instance file.
public struct ODKInstanceFolder: Sendable {
    /// The instance file.
    public let instance: String
    /// The folder's other files by name, with their SHA-256; nil for a bare file.
    public let media: [String: String]?
    /// The folder's other files by name, as paths.
    public let mediaPaths: [String: String]

    /// Reads `path`: a folder with exactly one `*.xml` file, or that file.
    public static func open(_ path: String, language: Language = .id) throws(DocumentError) -> ODKInstanceFolder {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw DocumentError(SourceLocation(file: path, line: 1), language.pick("tidak ada", "does not exist"))
        }
        guard isFolder.boolValue else { return ODKInstanceFolder(instance: path, media: nil, mediaPaths: [:]) }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        let xml = names.filter { $0.lowercased().hasSuffix(".xml") }
        guard xml.count == 1 else {
            throw DocumentError(SourceLocation(file: path, line: 1), language.pick(
                "folder instans ODK harus berisi tepat satu berkas .xml, bukan \(xml.count)",
                "an ODK instance folder must hold exactly one .xml file, not \(xml.count)"))
        }
        var media: [String: String] = [:], paths: [String: String] = [:]
        for name in names where name != xml[0] {
            let file = (path as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: file) else {
                throw DocumentError(SourceLocation(file: file, line: 1), language.pick("berkas tidak dapat dibaca", "cannot read the file"))
            }
            media[name] = SHA256.hex([UInt8](data))
            paths[name] = file
        }
        return ODKInstanceFolder(instance: (path as NSString).appendingPathComponent(xml[0]), media: media, mediaPaths: paths)
    }
}
