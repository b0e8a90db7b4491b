import Foundation

/// Maps over items on every core (or on `jobs` threads), keeping the input order.
///
/// Its own threads, not `DispatchQueue.concurrentPerform`: on Linux,
/// libdispatch's thread pool held back the second worker whenever the
/// machine had other load, so a folder was scored on one core.
enum ParallelMap {
    /// `jobs` nil uses every core; 1 maps on the calling thread.
    static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int? = nil, _ transform: @escaping @Sendable (T) -> R) -> [R] {
        let workers = min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, items.count)
        guard workers > 1 else { return items.map(transform) }
        let results = ResultBox<R>(count: items.count)
        let next = Counter()
        let done = DispatchSemaphore(value: 0)
        let work: @Sendable () -> Void = {
            while let i = next.take(below: items.count) { results.set(i, transform(items[i])) }
        }
        for _ in 1..<workers {
            let thread = Thread { work(); done.signal() }
            thread.stackSize = 8 << 20
            thread.start()
        }
        work()   // the calling thread is one of the workers
        for _ in 1..<workers { done.wait() }
        return results.values()
    }

    private final class ResultBox<R>: @unchecked Sendable {
        private var storage: [R?]
        private let lock = NSLock()
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: R) { lock.lock(); storage[i] = value; lock.unlock() }
        func values() -> [R] { lock.lock(); defer { lock.unlock() }; return storage.map { $0! } }
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
