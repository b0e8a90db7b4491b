import Foundation
import PKRICore

/// Replaces a file as a whole: the bytes go to a temporary file beside it,
/// which is flushed and then renamed over the target. A reader sees the old
/// file or the new one, never half of one; on any failure the temporary
/// file is removed and the target is left as it was.
///
/// ```swift
/// try OutputFile.replace("rekap.xlsx", with: data)
/// ```
enum OutputFile {
    /// Why the file could not be written: the system's words for it.
    struct Failure: Error {
        var reason: String

        /// "cannot write PATH: reason", as every command says it.
        func message(_ path: String, _ l: Language) -> String {
            l.pick("tidak dapat menulis \(path): \(reason)", "cannot write \(path): \(reason)")
        }
    }

    /// `sync: false` leaves flushing to the system (many files in a row).
    static func replace(_ path: String, with data: Data, sync: Bool = true) throws(Failure) {
        let file = try Writer(path)
        try file.write(data)
        try file.commit(sync: sync)
    }

    /// The same, a piece at a time: the pieces go to the temporary file;
    /// `commit` puts it in place. Dropped without a commit, it removes the
    /// temporary file and the target stays as it was.
    final class Writer {
        let path: String
        private let temporary: String
        private var fd: Int32

        init(_ path: String) throws(Failure) {
            self.path = path
            let target = URL(fileURLWithPath: path)
            let folder = target.deletingLastPathComponent().path
            temporary = folder + "/." + target.lastPathComponent + ".pkri-\(getpid())-\(UUID().uuidString.prefix(8))"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        }

        deinit {
            if fd >= 0 {
                close(fd)
                unlink(temporary)
            }
        }

        func write(_ data: Data) throws(Failure) {
            var failure: Failure?
            data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                var offset = 0
                while offset < bytes.count {
                    let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                    if n < 0, errno == EINTR { continue }
                    guard n > 0 else {
                        failure = Failure(reason: String(cString: strerror(errno)))
                        return
                    }
                    offset += n
                }
            }
            if let failure { throw failure }
        }

        func commit(sync: Bool = true) throws(Failure) {
            var failure: Failure?
            if sync, fsync(fd) != 0 { failure = Failure(reason: String(cString: strerror(errno))) }
            close(fd)
            fd = -1
            if failure == nil, rename(temporary, path) != 0 { failure = Failure(reason: String(cString: strerror(errno))) }
            if let failure {
                unlink(temporary)
                throw failure
            }
        }
    }
}
