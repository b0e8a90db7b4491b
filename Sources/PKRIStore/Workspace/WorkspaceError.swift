import PKRICore

/// Why a workspace operation failed, in words for a person.
public enum WorkspaceError: Error, Sendable {
    case missing(String)
    case alreadyExists(String)
    case database(String, String)
    /// Problems in an input document or file, each located.
    case invalid([Diagnostic])
    case notFound(kind: String, id: String)
    /// The file is not a pkri workspace; it was left as it was.
    case notAWorkspace(String, NotAWorkspace)
    /// The workspace cannot be written (read-only medium, immutable file,
    /// no permission); reading commands still work.
    case readOnly(String)
    /// A read-only workspace made by an earlier pkri: its tables cannot be
    /// brought up to date where it is.
    case readOnlyOutdated(String)
    /// A read-only workspace whose log (`-wal`) holds changes SQLite cannot
    /// read without writing.
    case readOnlyUnmergedLog(String)
    /// An evidence file (path or `href`) that could not be read or stored.
    case evidence(String, EvidenceProblem)

    /// What makes a file not a workspace.
    public enum NotAWorkspace: Sendable, Equatable {
        case empty
        case notAFile
        case notSQLite
        /// An SQLite database of another program (its `application_id`).
        case otherApplication(UInt32)
        /// An SQLite database without pkri's tables.
        case noWorkspaceTables
        case unreadable(EvidenceProblem.FileFailure)
    }

    public func message(_ l: Language) -> String {
        switch self {
        case .missing(let p):
            return l.pick("tidak ada workspace di \(p); buat dengan 'pkri init' atau pilih dengan --db / PKRI_DB",
                          "no workspace at \(p); create one with 'pkri init' or choose one with --db / PKRI_DB")
        case .alreadyExists(let p):
            return l.pick("\(p) sudah ada; 'pkri init' tidak pernah menimpa berkas yang ada (workspace atau bukan)",
                          "\(p) already exists; 'pkri init' never overwrites an existing file (a workspace or not)")
        case .database(let p, let m):
            return l.pick("basis data \(p): \(m)", "database \(p): \(m)")
        case .invalid(let d):
            return d.map(\.description).joined(separator: "\n")
        case .notFound(let kind, let id):
            return l.pick("\(kind) '\(id)' tidak ditemukan di workspace", "\(kind) '\(id)' not found in the workspace")
        case .notAWorkspace(let p, let why):
            return l.pick("\(p) bukan workspace pkri (\(why.text(l))); berkas itu tidak diubah. Buat workspace dengan 'pkri init --db BERKAS_BARU'",
                          "\(p) is not a pkri workspace (\(why.text(l))); the file was left as it was. Create a workspace with 'pkri init --db NEW_FILE'")
        case .readOnly(let p):
            return l.pick("workspace \(p) hanya-baca (media hanya-baca, berkas immutable atau tanpa izin tulis): perintah ini tidak dapat menyimpan apa pun; perintah yang hanya membaca tetap bisa dipakai",
                          "workspace \(p) is read-only (a read-only medium, an immutable file or no permission to write): this command cannot store anything; commands that only read still work")
        case .readOnlyOutdated(let p):
            return l.pick("workspace \(p) dibuat pkri versi lama dan hanya-baca, jadi tidak dapat diperbarui di tempatnya; salin ke folder yang dapat ditulis dan buka sekali",
                          "workspace \(p) was made by an earlier pkri and is read-only, so it cannot be brought up to date where it is; copy it to a writable folder and open it once")
        case .readOnlyUnmergedLog(let p):
            return l.pick("workspace \(p) hanya-baca dan lognya (\(p)-wal) berisi perubahan yang belum digabung; salin \(p) bersama \(p)-wal ke folder yang dapat ditulis",
                          "workspace \(p) is read-only and its log (\(p)-wal) holds changes not yet merged into it; copy \(p) with \(p)-wal to a writable folder")
        case .evidence(let name, let problem):
            return problem.message(l, name: name)
        }
    }
}

extension WorkspaceError.NotAWorkspace {
    func text(_ l: Language) -> String {
        switch self {
        case .empty: l.pick("berkas kosong", "an empty file")
        case .notAFile: l.pick("bukan berkas biasa", "not a regular file")
        case .notSQLite: l.pick("bukan basis data SQLite", "not an SQLite database")
        case .otherApplication(let id):
            l.pick("basis data SQLite program lain, application_id \(id)", "an SQLite database of another program, application_id \(id)")
        case .noWorkspaceTables: l.pick("basis data SQLite tanpa tabel pkri", "an SQLite database without pkri's tables")
        case .unreadable(let why): l.pick("tidak dapat dibaca: \(why.text(l))", "cannot be read: \(why.text(l))")
        }
    }
}
