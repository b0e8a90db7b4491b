import Foundation
import PKRICore

/// Finds elements and attributes of one document in its bytes
/// (``SourceText``): the locations of ``ParsedDocument``, and the deferred
/// places of submissions read from it, which may be resolved on any thread.
final class SourceLocator: ElementLocating, @unchecked Sendable {
    let file: String
    private let source: SourceText
    /// `SourceText` builds its indexes on first use.
    private let lock = NSLock()

    init(file: String, source: SourceText) {
        self.file = file
        self.source = source
    }

    func location(ofElement ordinal: Int, named element: String, line: Int) -> SourceLocation {
        location(ofElement: ordinal, named: element, line: line, attribute: nil)
    }

    /// Of the `ordinal`-th start tag when it is `element`'s, else of the
    /// nearest such tag at or before `line`.
    func location(ofElement ordinal: Int, named element: String, line: Int, attribute: String?) -> SourceLocation {
        lock.withLock {
            if ordinal >= 0, let found = source.locate(startTag: ordinal, element: element, attribute: attribute) {
                return SourceLocation(file: file, line: found.line, column: found.column)
            }
            return unlockedLocation(line: line, element: element, attribute: attribute)
        }
    }

    /// For a finding that names an element but no node.
    func location(line: Int, element: String?, attribute: String? = nil) -> SourceLocation {
        lock.withLock { unlockedLocation(line: line, element: element, attribute: attribute) }
    }

    private func unlockedLocation(line: Int, element: String?, attribute: String?) -> SourceLocation {
        if let element, let found = source.locate(element: element, line: line, attribute: attribute) {
            return SourceLocation(file: file, line: found.line, column: found.column)
        }
        return SourceLocation(file: file, line: line)
    }
}
