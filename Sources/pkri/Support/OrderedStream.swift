import Foundation

/// Maps items on every core and hands the results to `consume`, on the
/// calling thread, in input order, as soon as each is ready. Workers run
/// ahead of the consumer by at most `window` items, so memory stays flat,
/// and never wait for a whole batch: printing one result overlaps
/// computing the next ones (a per-batch map left a core idle while the
/// batch was printed).
enum OrderedStream {
    static func run<T: Sendable, R: Sendable>(_ items: [T], window: Int = 512,
                                              _ transform: @escaping @Sendable (T) -> R,
                                              consume: (R) -> Void) {
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, items.count)
        guard workers > 1 else { return items.forEach { consume(transform($0)) } }
        let state = State<R>(window: window)
        let count = items.count
        for _ in 0..<workers {
            let thread = Thread {
                while let i = state.take(below: count) { state.put(i, transform(items[i])) }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        for i in 0..<count { consume(state.result(i)) }
    }

    /// The ring of results between workers and the consumer, under one condition.
    private final class State<R>: @unchecked Sendable {
        private let condition = NSCondition()
        private var slots: [R?]
        private var next = 0       // the next item a worker takes
        private var consumed = 0   // items handed to the consumer
        // Who sleeps on the condition, so that a wake-up goes out only when
        // someone waits for it (waking on every result cost more system
        // time than the work).
        private var awaited: Int?        // the item the consumer waits for
        private var workersWaiting = 0

        init(window: Int) { slots = Array(repeating: nil, count: max(1, window)) }

        /// The next item to compute, once the ring has room for its result; nil when all are taken.
        func take(below count: Int) -> Int? {
            condition.lock(); defer { condition.unlock() }
            while next < count, next - consumed >= slots.count {
                workersWaiting += 1
                condition.wait()
                workersWaiting -= 1
            }
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }

        func put(_ i: Int, _ value: R) {
            condition.lock(); defer { condition.unlock() }
            slots[i % slots.count] = value
            if awaited == i { condition.broadcast() }
        }

        /// Waits for item `i`'s result and frees its slot.
        func result(_ i: Int) -> R {
            condition.lock(); defer { condition.unlock() }
            while slots[i % slots.count] == nil {
                awaited = i
                condition.wait()
            }
            awaited = nil
            let value = slots[i % slots.count]!
            slots[i % slots.count] = nil
            consumed = i + 1
            if workersWaiting > 0 { condition.broadcast() }
            return value
        }
    }
}
