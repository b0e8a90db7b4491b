import Foundation

/// Runs `body(worker)` for workers 0..<count on threads of their own and
/// returns the results in worker order. Each worker takes its runs by
/// number (w, w + count, …), so the results do not depend on timing.
enum ParallelRuns {
    static func map<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return [body(0)] }
        let results = Results<T>(count)
        let group = DispatchGroup()
        for w in 0..<count {
            group.enter()
            let thread = Thread {
                results.set(w, body(w))
                group.leave()
            }
            thread.stackSize = 1 << 22
            thread.start()
        }
        group.wait()
        return results.all
    }

    final class Results<T: Sendable>: @unchecked Sendable {
        private var values: [T?]
        private let lock = NSLock()
        init(_ count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ v: T) { lock.withLock { values[i] = v } }
        var all: [T] { lock.withLock { values.map { $0! } } }
    }
}
