import Foundation
import PKRIStore

/// The workspaces this process opened, closed (``Workspace/close()``) when
/// it exits, however it exits through `exit` (a normal end, or an
/// `ExitCode`). Without it the last reference to a workspace may go on a
/// worker thread after `exit` began, and the log it wrote stay beside the
/// file instead of in it.
enum OpenWorkspaces {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var open: [Workspace] = []

    /// Keeps `workspace` open until the process exits; returns it.
    @discardableResult
    static func keep(_ workspace: Workspace) -> Workspace {
        lock.withLock {
            if open.isEmpty { atexit { OpenWorkspaces.closeAll() } }
            open.append(workspace)
        }
        return workspace
    }

    private static func closeAll() {
        let all = lock.withLock { () -> [Workspace] in
            defer { open = [] }
            return open
        }
        for workspace in all { workspace.close() }
    }
}
