extension ServiceError {
    /// A code that never changes meaning once shipped: scripts, the server's
    /// JSON and logs rely on it. Add codes; never rename or reuse one.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        case workspaceMissing = "workspace-missing"
        case workspaceExists = "workspace-exists"
        case databaseNotEmpty = "database-not-empty"
        case notAWorkspace = "not-a-workspace"
        case workspaceTooNew = "workspace-too-new"
        case invalidLocation = "invalid-location"
        case unreachable = "unreachable"
        case storage = "storage"
        case notFound = "not-found"
        case invalid = "invalid"
        case templateVersionTaken = "template-version-taken"
        case evidenceTooLarge = "evidence-too-large"
        case workspaceReadOnly = "workspace-read-only"
        case evidenceUnusable = "evidence-unusable"
    }
}
