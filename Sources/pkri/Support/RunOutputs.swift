import Foundation

/// The files one run has written, by identity on disk (device and inode
/// of the directory entry), so that no file of the run replaces another
/// one of the same run — even when two names are one entry to the file
/// system (a case-insensitive disk) or share a hash prefix by chance. A
/// file left by an earlier run is replaced as usual.
final class RunOutputs: @unchecked Sendable {
    private struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private var written: [FileID: String] = [:]
    private let lock = NSLock()

    /// Calls `write` to write `path` for `owner` unless `path` already is a
    /// file this run wrote; then returns the owner of that file and writes
    /// nothing. Checks and writes one file at a time.
    func write<E: Error>(_ path: String, for owner: String, _ write: () throws(E) -> Void) throws(E) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if let id = Self.identity(path), let other = written[id] { return other }
        try write()
        if let id = Self.identity(path) { written[id] = owner }
        return nil
    }

    private static func identity(_ path: String) -> FileID? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
