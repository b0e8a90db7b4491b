/// A tool a test needs is not installed: the test fails, it is not skipped.
struct MissingTool: Error, CustomStringConvertible {
    var name: String
    var description: String { "not installed: \(name)" }
}
