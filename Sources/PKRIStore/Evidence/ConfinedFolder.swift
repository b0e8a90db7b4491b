import Foundation

/// A folder that nothing named inside it may leave: the rule for every file
/// a document names (evidence beside a submission on import, evidence
/// written beside exported documents).
///
/// A relative path is used only if, once symbolic links and `..` are
/// resolved, it still lies inside the folder, and only a regular file is
/// read. Links that stay inside are followed. After opening, the path the
/// kernel gives for the open file is checked again, so a link swapped in
/// between the check and the open is caught.
///
/// ```swift
/// let folder = ConfinedFolder(containing: "kiriman/a.xml")
/// let file = try folder.open("bukti/sk.pdf")     // kiriman/bukti/sk.pdf, or a refusal
/// ```
struct ConfinedFolder {
    /// The folder as named (for messages).
    let path: String
    /// Its real path, resolved once; else why it could not be.
    private let resolved: Result<String, EvidenceProblem>

    init(_ path: String) {
        self.path = path.isEmpty ? "." : path
        if let real = Self.realPath(self.path) {
            resolved = .success(real)
        } else {
            resolved = .failure(errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(.init()))
        }
    }

    /// The folder of a document.
    init(containing document: String) {
        self.init((document as NSString).deletingLastPathComponent)
    }

    /// A relative path that does not leave the folder by its words alone:
    /// not absolute, no `..` component, no backslash, not empty.
    static func isSafeRelativePath(_ relative: String) -> Bool {
        !relative.isEmpty && !relative.hasPrefix("/") && !relative.contains("\\")
            && !relative.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// The folder's real path (links resolved).
    func realPath() throws(EvidenceProblem) -> String {
        try resolved.get()
    }

    /// Opens the regular file at `relative`, refusing whatever leaves the folder.
    func open(_ relative: String) throws(EvidenceProblem) -> RegularFile {
        guard Self.isSafeRelativePath(relative) else { throw .leavesFolder }
        let root = try realPath()
        // The folders on the way first: one that is a link to elsewhere
        // leaves the folder, whatever stands (or not) at its end.
        let name = (relative as NSString).lastPathComponent
        let parent = (relative as NSString).deletingLastPathComponent
        var realParent = root
        if !parent.isEmpty {
            guard let resolved = Self.realPath(root + "/" + parent) else {
                throw errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(.init())
            }
            guard Self.contains(root, resolved) else { throw .leavesFolder }
            realParent = resolved
        }
        let joined = realParent + "/" + name
        var info = stat()
        guard lstat(joined, &info) == 0 else {
            throw errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(.init())
        }
        guard let real = Self.realPath(joined) else {
            // The name is there (lstat found it) but does not resolve: a
            // link that points at nothing.
            throw errno == ENOENT || errno == ENOTDIR ? .danglingLink : .unreadable(.init())
        }
        guard Self.contains(root, real) else { throw .leavesFolder }
        let file = try RegularFile.open(real, followingLinks: false)
        if let opened = file.openedPath, !Self.contains(root, opened) { throw .leavesFolder }
        return file
    }

    /// Makes the folders of `relative` (each one inside this folder) and
    /// returns the real path at which to create its last component.
    func placeForNewFile(_ relative: String) throws(EvidenceProblem) -> String {
        guard Self.isSafeRelativePath(relative) else { throw .leavesFolder }
        var current = try realPath()
        let root = current
        let parts = relative.split(separator: "/").map(String.init)
        for part in parts.dropLast() where part != "." {
            let next = current + "/" + part
            if mkdir(next, 0o755) != 0, errno != EEXIST { throw .cannotStore(folder: path, .init()) }
            guard let real = Self.realPath(next), Self.contains(root, real) else { throw .leavesFolder }
            var info = stat()
            guard stat(real, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { throw .notRegularFile(.init(mode: info.st_mode)) }
            current = real
        }
        return current + "/" + (parts.last ?? "")
    }

    /// Whether `inner` is `root` itself or below it (both real paths).
    static func contains(_ root: String, _ inner: String) -> Bool {
        root == "/" ? inner.hasPrefix("/") : (inner == root || inner.hasPrefix(root + "/"))
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = Glibc.realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
