import Foundation
import PKRICore

/// Why an evidence file was not read or not stored. Each case is a
/// different thing for the person to fix, so none of them is said as
/// another: a file that exists but cannot be read is never "not found".
public enum EvidenceProblem: Error, Sendable, Equatable {
    /// Nothing stands at that path.
    case missing
    /// The path, once links and `..` are resolved, leaves the folder it must
    /// stay in (the document's folder).
    case leavesFolder
    /// A symbolic link whose target does not exist.
    case danglingLink
    /// Something other than a regular file: a folder, FIFO, device or socket.
    case notRegularFile(FileKind)
    /// It exists but reading it failed (permission, I/O).
    case unreadable(FileFailure)
    case tooLarge(size: Int64, limit: Int64)
    /// The file changed while it was being copied.
    case changedWhileRead
    /// Writing into the evidence folder failed (a full disk, permission).
    case cannotStore(folder: String, FileFailure)

    public enum FileKind: String, Sendable, Equatable {
        case directory, fifo, characterDevice, blockDevice, socket, symbolicLink, other

        init(mode: mode_t) {
            switch mode & S_IFMT {
            case S_IFDIR: self = .directory
            case S_IFIFO: self = .fifo
            case S_IFCHR: self = .characterDevice
            case S_IFBLK: self = .blockDevice
            case S_IFSOCK: self = .socket
            case S_IFLNK: self = .symbolicLink
            default: self = .other
            }
        }

        func name(_ l: Language) -> String {
            switch self {
            case .directory: l.pick("folder", "a folder")
            case .fifo: l.pick("FIFO (pipa bernama)", "a FIFO (named pipe)")
            case .characterDevice, .blockDevice: l.pick("berkas perangkat", "a device file")
            case .socket: l.pick("soket", "a socket")
            case .symbolicLink: l.pick("tautan simbolik", "a symbolic link")
            case .other: l.pick("bukan berkas biasa", "not a regular file")
            }
        }
    }

    /// A system call's failure, kept as its errno so the words are chosen late.
    public struct FileFailure: Sendable, Equatable {
        public let code: Int32

        public init(_ code: Int32 = errno) { self.code = code }

        func text(_ l: Language) -> String {
            switch code {
            case EACCES, EPERM: l.pick("tanpa izin", "permission denied")
            case ENOSPC, EDQUOT: l.pick("disk penuh", "no space left on the disk")
            case EROFS: l.pick("media hanya-baca", "read-only medium")
            case EIO: l.pick("galat masukan/keluaran", "input/output error")
            default: String(cString: strerror(code))
            }
        }
    }

    /// The sentence for evidence `name` (an `href` or a path typed by the assessor).
    public func message(_ l: Language, name: String) -> String {
        let mib = { (n: Int64) in n / 1024 / 1024 }
        switch self {
        case .missing:
            return l.pick("berkas bukti '\(name)' tidak ada", "evidence file '\(name)' does not exist")
        case .leavesFolder:
            return l.pick("bukti '\(name)' tidak dibaca: jalurnya keluar dari folder dokumen (jalur mutlak, '..' atau tautan simbolik ke luar)",
                          "evidence '\(name)' not read: its path leads outside the document's folder (an absolute path, '..' or a symbolic link to elsewhere)")
        case .danglingLink:
            return l.pick("bukti '\(name)' adalah tautan simbolik ke berkas yang tidak ada",
                          "evidence '\(name)' is a symbolic link to a file that does not exist")
        case .notRegularFile(let kind):
            return l.pick("bukti '\(name)' tidak dibaca: itu \(kind.name(l)), bukan berkas biasa",
                          "evidence '\(name)' not read: it is \(kind.name(l)), not a regular file")
        case .unreadable(let why):
            return l.pick("berkas bukti '\(name)' ada tetapi tidak dapat dibaca (\(why.text(l)))",
                          "evidence file '\(name)' exists but cannot be read (\(why.text(l)))")
        case .tooLarge(let size, let limit):
            return l.pick("berkas bukti '\(name)' berukuran \(mib(size)) MiB, melebihi batas \(mib(limit)) MiB",
                          "evidence file '\(name)' is \(mib(size)) MiB, over the limit of \(mib(limit)) MiB")
        case .changedWhileRead:
            return l.pick("berkas bukti '\(name)' berubah saat disalin; coba lagi",
                          "evidence file '\(name)' changed while it was copied; try again")
        case .cannotStore(let folder, let why):
            return l.pick("berkas bukti '\(name)' tidak dapat disimpan di \(folder) (\(why.text(l)))",
                          "evidence file '\(name)' cannot be stored in \(folder) (\(why.text(l)))")
        }
    }
}
