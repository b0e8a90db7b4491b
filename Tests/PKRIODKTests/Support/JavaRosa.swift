import Foundation

/// JavaRosa, ODK Collect's engine, from the `ODK_Validate.jar` that pyxform
/// (PyPI) ships: ODK Validate itself, and `FormFiller.java` (beside these
/// tests), compiled once per test run with `javac -cp ODK_Validate.jar`.
/// A missing jar, Java or compiler fails the tests that need them.
enum JavaRosa {
    struct Failure: Error, CustomStringConvertible { let description: String }

    /// `ODK_VALIDATE_JAR`, else the jar inside the installed pyxform.
    static let jar: Result<String, Failure> = {
        if let path = ProcessInfo.processInfo.environment["ODK_VALIDATE_JAR"] { return .success(path) }
        let script = "import os, pyxform; print(os.path.join(os.path.dirname(pyxform.__file__), 'validators', 'odk_validate', 'bin', 'ODK_Validate.jar'))"
        guard let run = try? Command.run("python3", ["-c", script]), run.status == 0 else {
            return .failure(Failure(description: "pyxform is not installed (scripts/setup installs it): ODK_Validate.jar not found"))
        }
        let path = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        guard FileManager.default.fileExists(atPath: path) else { return .failure(Failure(description: "no jar at \(path)")) }
        return .success(path)
    }()

    /// The compiled form filler's class folder.
    static let classes: Result<String, Failure> = {
        let jar: String
        switch Self.jar {
        case .failure(let f): return .failure(f)
        case .success(let j): jar = j
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pkri-formfiller-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let source = PackagePaths.javaRosa.appendingPathComponent("FormFiller.java").path
        guard let run = try? Command.run("javac", ["-nowarn", "-encoding", "UTF-8", "-cp", jar, "-d", dir, source]) else {
            return .failure(Failure(description: "javac not found (scripts/setup installs openjdk-17-jdk-headless)"))
        }
        guard run.status == 0 else { return .failure(Failure(description: "javac failed:\n\(run.stderr)")) }
        return .success(dir)
    }()

    /// ODK Validate's verdict on a form, with its output.
    static func validate(_ form: String) throws -> (valid: Bool, output: String) {
        let jar = try Self.jar.get()
        let file = try Scratch.write(form, named: "form.xml")
        let run = try Command.run("java", ["-jar", jar, file])
        return (run.status == 0 && run.stdout.contains("Xform is valid"), run.stdout + run.stderr)
    }

    /// Fills `form` once per job and reports what JavaRosa did.
    static func fill(_ form: String, _ jobs: [FillJob]) throws -> [String: FillResult] {
        let jar = try Self.jar.get(), classes = try Self.classes.get()
        let formFile = try Scratch.write(form, named: "form.xml")
        let jobFile = try Scratch.write(jobs.map(\.text).joined(), named: "jobs.txt")
        let run = try Command.run("java", ["-Duser.timezone=UTC", "-cp", jar + ":" + classes, "FormFiller", formFile, jobFile])
        guard run.status == 0 else { throw Failure(description: "FormFiller failed (\(run.status)):\n\(run.stderr)") }
        var results: [String: FillResult] = [:]
        var current = FillResult()
        for line in run.stdout.split(separator: "\n") {
            let p = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            switch p[0] {
            case "job": current = FillResult(); current.name = p[1]
            case "relevant": current.relevant.append(p[1])
            case "answer": current.outcomes[p[1]] = p[2]
            case "eval": current.evals[p[1]] = p.count > 2 ? p[2] : ""
            case "done": results[current.name] = current
            default: throw Failure(description: "unexpected FormFiller line: \(line)")
            }
        }
        return results
    }
}

/// One answer set for ``JavaRosa/fill(_:_:)``.
struct FillJob {
    var name: String
    /// Field name and value, in the order they are given.
    var answers: [(String, String)] = []
    var pins: [(String, String)] = []
    /// Label and JavaRosa XPath, evaluated on the finished instance.
    var evals: [(String, String)] = []
    var out: String?

    var text: String {
        var s = "job \(name)\n"
        for (f, v) in answers { s += "set \(f) \(v)\n" }
        for (f, v) in pins { s += "pin \(f) \(v)\n" }
        for (l, x) in evals { s += "eval \(l) \(x)\n" }
        if let out { s += "out \(out)\n" }
        return s + "end\n"
    }
}

/// What JavaRosa did with one answer set.
struct FillResult {
    var name = ""
    /// Questions reached, in order.
    var relevant: [String] = []
    /// `ok`, `constraint`, `required` or `invalid`, by field.
    var outcomes: [String: String] = [:]
    var evals: [String: String] = [:]
}

/// Temporary files for one call.
enum Scratch {
    static func write(_ text: String, named name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pkri-odk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }
}

/// Runs a program found on PATH and collects its output.
enum Command {
    struct Output { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ program: String, _ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let out = Pipe()
        // Standard error to a file: two pipes read one after the other
        // could block the child on the second.
        let errPath = try Scratch.write("", named: "stderr.txt")
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        let stderrData = FileManager.default.contents(atPath: errPath) ?? Data()
        if process.terminationReason == .exit, process.terminationStatus == 127 {
            throw JavaRosa.Failure(description: "\(program) not found")
        }
        return Output(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }
}
