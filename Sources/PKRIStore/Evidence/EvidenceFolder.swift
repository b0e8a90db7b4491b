import Foundation
import PKRICore

/// The evidence files of a workspace, kept by content:
/// `<root>/<sha256[0..2]>/<sha256>`. The same file stored twice is kept once.
///
/// A file is written under `<root>/.tmp/` first and renamed into place once
/// complete and synced, so a name under a hash always holds that hash's
/// bytes. Concurrent writers of the same content each write their own
/// temporary file and rename it over the other's identical one. A writer
/// holds an exclusive `flock` on its temporary file while it writes; a
/// temporary file nobody holds is an orphan (its writer died or failed) and
/// ``sweepTemporaries(legacyLayout:)`` removes it.
///
/// ```swift
/// let folder = EvidenceFolder(root: "pkri-bukti")
/// let sha = try folder.store(try RegularFile.open("sk.pdf", followingLinks: true), limit: 256 << 20)
/// folder.path(sha256: sha)   // pkri-bukti/3f/3f…
/// ```
public struct EvidenceFolder: Sendable {
    public let root: String

    public init(root: String) {
        self.root = root
    }

    /// Where files being written wait until they are complete.
    public var temporaries: String { root + "/.tmp" }

    /// Where the file with this hash is kept.
    public func path(sha256: String) -> String {
        "\(root)/\(sha256.prefix(2))/\(sha256)"
    }

    /// Whether a regular file is kept under this hash.
    public func contains(sha256: String) -> Bool {
        var info = stat()
        return lstat(path(sha256: sha256), &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// Hashes `file` and copies it in unless its content is already kept;
    /// returns its hash. The size is checked before anything is read; the
    /// file is read in chunks, never whole.
    func store(_ file: borrowing RegularFile, limit: Int64) throws(EvidenceProblem) -> String {
        guard file.size <= limit else { throw .tooLarge(size: file.size, limit: limit) }
        var hasher = SHA256.Hasher()
        let read = try file.read { hasher.update($0) }
        guard read <= limit else { throw .tooLarge(size: read, limit: limit) }
        let sha = hasher.finish()
        if contains(sha256: sha) { return sha }
        try copy(file, expecting: sha)
        return sha
    }

    /// Copies `file` into a temporary file, checks it still has the hash
    /// it had, and renames it under that hash. A failure removes the
    /// temporary file.
    private func copy(_ file: borrowing RegularFile, expecting sha: String) throws(EvidenceProblem) {
        let (fd, temp) = try createTemporary()
        defer { close(fd) }   // after the rename: releases the lock
        do throws(EvidenceProblem) {
            var hasher = SHA256.Hasher()
            try file.read { chunk throws(EvidenceProblem) in
                hasher.update(chunk)
                try writeAll(fd, chunk)
            }
            guard hasher.finish() == sha else { throw .changedWhileRead }
            guard fsync(fd) == 0 else { throw .cannotStore(folder: root, .init()) }
            let target = path(sha256: sha)
            let folder = (target as NSString).deletingLastPathComponent
            guard mkdir(folder, 0o755) == 0 || errno == EEXIST else { throw .cannotStore(folder: root, .init()) }
            // Over an identical file a concurrent writer may have put there.
            guard rename(temp, target) == 0 else { throw .cannotStore(folder: root, .init()) }
        } catch {
            unlink(temp)
            throw error
        }
    }

    /// A new temporary file, open for writing and locked.
    private func createTemporary() throws(EvidenceProblem) -> (Int32, String) {
        guard mkdir(root, 0o755) == 0 || errno == EEXIST,
              mkdir(temporaries, 0o755) == 0 || errno == EEXIST else { throw .cannotStore(folder: root, .init()) }
        while true {
            let temp = "\(temporaries)/\(getpid())-\(UUID().uuidString)"
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard fd >= 0 else { throw .cannotStore(folder: root, .init()) }
            // A sweep may have taken the file between its creation and this
            // lock; it then removed it (no links left), so start again.
            var info = stat()
            if flock(fd, LOCK_EX) == 0, fstat(fd, &info) == 0, info.st_nlink > 0 { return (fd, temp) }
            close(fd)
        }
    }

    private func writeAll(_ fd: Int32, _ chunk: UnsafeRawBufferPointer) throws(EvidenceProblem) {
        var done = 0
        while done < chunk.count {
            let n = write(fd, chunk.baseAddress! + done, chunk.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw .cannotStore(folder: root, .init())
            }
            done += n
        }
    }

    /// Removes temporary files that no live writer holds: everything in
    /// `.tmp/`, and with `legacyLayout` also the `<hash>.tmp-PID-UUID`
    /// files earlier pkri versions left beside the kept files. Returns how
    /// many it removed.
    @discardableResult
    public func sweepTemporaries(legacyLayout: Bool = false) -> Int {
        var removed = 0
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: temporaries)) ?? [] {
            if removeIfAbandoned("\(temporaries)/\(name)") { removed += 1 }
        }
        guard legacyLayout else { return removed }
        for sub in (try? fm.contentsOfDirectory(atPath: root)) ?? [] where sub.utf8.count == 2 {
            for name in (try? fm.contentsOfDirectory(atPath: "\(root)/\(sub)")) ?? [] where name.contains(".tmp-") {
                if removeIfAbandoned("\(root)/\(sub)/\(name)") { removed += 1 }
            }
        }
        return removed
    }

    /// Removes a regular file whose lock nobody holds.
    private func removeIfAbandoned(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var held = stat(), named = stat()
        guard fstat(fd, &held) == 0, held.st_mode & S_IFMT == S_IFREG,
              flock(fd, LOCK_EX | LOCK_NB) == 0,
              lstat(path, &named) == 0, named.st_ino == held.st_ino, named.st_dev == held.st_dev
        else { return false }
        return unlink(path) == 0
    }
}

extension EvidenceFolder {
    /// Copies the kept file with this hash to `target`, a new file: an
    /// existing file or link there is never written through. A failure
    /// removes what was written.
    func copy(sha256: String, toNewFile target: String) throws(EvidenceProblem) {
        let source = try RegularFile.open(path(sha256: sha256), followingLinks: false)
        let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        let folder = (target as NSString).deletingLastPathComponent
        guard fd >= 0 else { throw .cannotStore(folder: folder, .init()) }
        defer { close(fd) }
        do throws(EvidenceProblem) {
            try source.read { chunk throws(EvidenceProblem) in
                var done = 0
                while done < chunk.count {
                    let n = write(fd, chunk.baseAddress! + done, chunk.count - done)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw .cannotStore(folder: folder, .init())
                    }
                    done += n
                }
            }
        } catch {
            unlink(target)
            throw error
        }
    }
}
