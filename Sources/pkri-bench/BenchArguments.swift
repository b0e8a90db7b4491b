/// `--name value` options and positionals, read from plain
/// `CommandLine.arguments` (the benchmark takes no dependency).
struct BenchArguments {
    private var options: [String: String] = [:]
    private var positionals: [String] = []
    private var used: Set<String> = []

    init(_ arguments: [String]) throws(BenchError) {
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a.hasPrefix("--") {
                guard i + 1 < arguments.count else { throw .usage("\(a) needs a value") }
                options[a] = arguments[i + 1]
                i += 1
            } else {
                positionals.append(a)
            }
            i += 1
        }
    }

    mutating func required(_ name: String) throws(BenchError) -> String {
        used.insert(name)
        guard let value = options[name] else { throw .usage("\(name) is required") }
        return value
    }

    mutating func optional(_ name: String) -> String? {
        used.insert(name)
        return options[name]
    }

    mutating func integer(_ name: String, default fallback: Int? = nil) throws(BenchError) -> Int {
        used.insert(name)
        guard let text = options[name] else {
            guard let fallback else { throw .usage("\(name) is required") }
            return fallback
        }
        guard let n = Int(text.replacingOccurrences(of: "_", with: "")), n >= 0 else {
            throw .usage("\(name) takes a whole number ≥ 0, not '\(text)'")
        }
        return n
    }

    func positional() throws(BenchError) -> String {
        guard let first = positionals.first else { throw .usage("a folder of submission files is required") }
        return first
    }

    /// Refuses options nobody asked for and extra positionals.
    func finish(positionals count: Int) throws(BenchError) {
        if let unknown = options.keys.sorted().first(where: { !used.contains($0) }) {
            throw .usage("unknown option \(unknown)")
        }
        if positionals.count > count { throw .usage("unexpected argument '\(positionals[count])'") }
    }
}
