import Foundation
import Glibc

/// A fresh temporary directory holding files a hostile document might try
/// to pull in, watched with Linux inotify so a test can prove that none of
/// them was opened or read.
///
/// ```swift
/// let dir = try SecretDirectory()
/// _ = try? loader.load(bytes, file: "hostile.xml")
/// #expect(dir.touchedFiles().isEmpty)
/// ```
final class SecretDirectory {
    let path: String
    /// A string found only in the secret files.
    let secret = "PKRI-SECRET-\(UUID().uuidString)"
    private let inotify: Int32

    init() throws {
        var template = Array("/tmp/pkri-hostile-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw POSIXError(.EIO) }
        path = String(cString: made)
        try Data("\(secret)\n".utf8).write(to: URL(fileURLWithPath: "\(path)/secret.txt"))
        try Data(#"<!ENTITY leak "\#(secret)">"#.utf8).write(to: URL(fileURLWithPath: "\(path)/secret.dtd"))
        inotify = inotify_init1(Int32(IN_NONBLOCK))
        guard inotify >= 0,
              inotify_add_watch(inotify, path, UInt32(IN_OPEN) | UInt32(IN_ACCESS)) >= 0 else {
            throw POSIXError(.EIO)
        }
    }

    deinit {
        close(inotify)
        try? FileManager.default.removeItem(atPath: path)
    }

    var secretFile: String { "\(path)/secret.txt" }
    var secretDTD: String { "\(path)/secret.dtd" }

    /// Names of the files in the directory opened or read since the last call.
    func touchedFiles() -> [String] {
        var names: [String] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            var offset = 0
            let header = 16   // sizeof(struct inotify_event), before its name
            while offset + header <= n {
                let length = buffer.withUnsafeBytes {
                    Int($0.load(fromByteOffset: offset + 12, as: UInt32.self))   // inotify_event.len
                }
                let nameBytes = buffer[(offset + header)..<(offset + header + length)].prefix { $0 != 0 }
                names.append(String(decoding: nameBytes, as: UTF8.self))
                offset += header + length
            }
        }
        return names
    }
}
