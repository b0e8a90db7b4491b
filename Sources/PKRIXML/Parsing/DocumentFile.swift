import Foundation
import PKRICore

/// Reads a document file whole, refusing one over the size limit before
/// reading it.
enum DocumentFile {
    static func read(_ path: String, limits: XMLLimits, language: Language) throws(DocumentError) -> [UInt8] {
        let start = SourceLocation(file: path, line: 1)
        // One stat, open and read: FileManager's attributes (owner names
        // from the user database included) and `Data` cost more than
        // parsing a small submission. The size is checked before the file
        // is opened, so an oversized file is refused unread.
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw DocumentError(start, language.pick("berkas tidak dapat dibaca (tidak ada atau tanpa izin)",
                                                     "cannot read the file (missing or not permitted)"))
        }
        let size = Int(info.st_size)
        if size > limits.maxBytes {
            throw DocumentError(start, language.pick(
                "dokumen berukuran \(size) bita, melebihi batas \(limits.maxBytes) bita (16 MiB)",
                "the document is \(size) bytes, over the limit of \(limits.maxBytes) bytes (16 MiB)"))
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        defer { if fd >= 0 { close(fd) } }
        guard fd >= 0, let bytes = readAll(fd, expected: size) else {
            throw DocumentError(start, language.pick("berkas tidak dapat dibaca", "cannot read the file"))
        }
        return bytes
    }

    /// Every byte up to end of file (a file may change size after `fstat`);
    /// nil on a read error (a folder, for one).
    private static func readAll(_ fd: Int32, expected: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: max(expected, 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}
