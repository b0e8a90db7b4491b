import Foundation
import Testing

/// Golden files of `pkriTests` (`Tests/pkriTests/Golden/`): what the binary
/// prints, compared whole. `PKRI_RECORD_GOLDEN=1` writes them anew; a
/// missing file fails the comparison.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static func check(_ text: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = folder.appendingPathComponent(name).path
        if ProcessInfo.processInfo.environment["PKRI_RECORD_GOLDEN"] == "1" {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == expected, "re-record with PKRI_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
    }
}
