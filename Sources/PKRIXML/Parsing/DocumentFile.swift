import Foundation
import PKRICore

/// Reads a document file whole, refusing one over the size limit before
/// reading it.
enum DocumentFile {
    static func read(_ path: String, limits: XMLLimits, language: Language) throws(DocumentError) -> [UInt8] {
        let start = SourceLocation(file: path, line: 1)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        guard let size else {
            throw DocumentError(start, language.pick("berkas tidak dapat dibaca (tidak ada atau tanpa izin)",
                                                     "cannot read the file (missing or not permitted)"))
        }
        if size > limits.maxBytes {
            throw DocumentError(start, language.pick(
                "dokumen berukuran \(size) bita, melebihi batas \(limits.maxBytes) bita (16 MiB)",
                "the document is \(size) bytes, over the limit of \(limits.maxBytes) bytes (16 MiB)"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DocumentError(start, language.pick("berkas tidak dapat dibaca", "cannot read the file"))
        }
        return [UInt8](data)
    }
}
