/// Why the benchmark could not run.
enum BenchError: Error {
    /// Wrong arguments: the usage follows the message.
    case usage(String)
    /// Anything else: a file, a template, an invalid submission.
    case failed(String)
}
