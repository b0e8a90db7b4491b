import Foundation

/// A regular file opened for reading. Its kind and size come from the
/// opened descriptor (`fstat`), so what was checked is what is read, and a
/// FIFO, device or socket is refused before a byte is read from it.
///
/// ```swift
/// let file = try RegularFile.open(path, followingLinks: true)
/// guard file.size <= limit else { … }
/// try file.read { chunk in hasher.update(chunk) }
/// ```
struct RegularFile: ~Copyable {
    let descriptor: Int32
    let size: Int64

    /// Opens `path` if it is a regular file. Without `followingLinks` a
    /// symbolic link as the last component is refused.
    static func open(_ path: String, followingLinks: Bool) throws(EvidenceProblem) -> RegularFile {
        // Look before opening: opening a device or a FIFO can itself do
        // something (block, rewind a tape).
        var info = stat()
        if (followingLinks ? stat(path, &info) : lstat(path, &info)) != 0 {
            let code = errno
            var link = stat()
            if code == ENOENT, followingLinks, lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK {
                throw .danglingLink
            }
            throw code == ENOENT || code == ENOTDIR ? .missing : .unreadable(.init(code))
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile(.init(mode: info.st_mode)) }
        // O_NONBLOCK: should the path have become a FIFO since, open does not wait for a writer.
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | (followingLinks ? 0 : O_NOFOLLOW))
        guard fd >= 0 else {
            let code = errno
            switch code {
            case ELOOP: throw .notRegularFile(.symbolicLink)
            case ENOENT, ENOTDIR: throw .missing
            default: throw .unreadable(.init(code))
            }
        }
        guard fstat(fd, &info) == 0 else {
            let code = errno
            Glibc.close(fd)
            throw .unreadable(.init(code))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            Glibc.close(fd)
            throw .notRegularFile(.init(mode: info.st_mode))
        }
        return RegularFile(descriptor: fd, size: Int64(info.st_size))
    }

    private init(descriptor: Int32, size: Int64) {
        self.descriptor = descriptor
        self.size = size
    }

    deinit { Glibc.close(descriptor) }

    /// The path the kernel holds for the open file (Linux: `/proc/self/fd`),
    /// or nil where it cannot tell.
    var openedPath: String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/fd/\(descriptor)", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
        return nil
        #endif
    }

    /// Reads the file from its start to its end, one chunk at a time (the
    /// same buffer each time: memory does not grow with the file); returns
    /// how many bytes were read. Each call starts again at the beginning.
    @discardableResult
    func read(chunk: Int = 1 << 20,
              _ body: (UnsafeRawBufferPointer) throws(EvidenceProblem) -> Void) throws(EvidenceProblem) -> Int64 {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        var offset: Int64 = 0
        while true {
            let n = pread(descriptor, buffer.baseAddress, chunk, off_t(offset))
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(.init())
            }
            if n == 0 { return offset }
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
            offset += Int64(n)
        }
    }
}
