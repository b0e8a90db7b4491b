import Foundation

/// Maps over items on every core (or on `jobs` threads), keeping the input order.
enum ParallelMap {
    /// `jobs` nil uses every core; 1 maps on the calling thread.
    static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int? = nil, _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1, jobs != 1 else { return items.map(transform) }
        let results = ResultBox<R>(count: items.count)
        guard let jobs else {
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                results.set(i, transform(items[i]))
            }
            return results.values()
        }
        // `jobs` workers, each taking the next item until none is left.
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
            while let i = next.take(below: items.count) {
                results.set(i, transform(items[i]))
            }
        }
        return results.values()
    }

    private final class ResultBox<R>: @unchecked Sendable {
        private var storage: [R?]
        private let lock = NSLock()
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: R) { lock.lock(); storage[i] = value; lock.unlock() }
        func values() -> [R] { storage.map { $0! } }
    }

    private final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func take(below limit: Int) -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}
