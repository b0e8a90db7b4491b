/// The loops in a chain of links where each id names at most one next id
/// (an agency's `parent`, an innovation's `replicates`). Each id is followed
/// once, however many ids are asked about: a file of one long chain is
/// checked in linear time.
///
/// ```swift
/// var loops = ChainLoops { ["a": "b", "b": "a", "c": "a"][$0] }
/// loops.loop(from: "a")   // ["a", "b", "a"]
/// loops.loop(from: "c")   // nil: c leads into the loop but is not on it
/// ```
struct ChainLoops {
    private let next: (String) -> String?
    /// Ids already followed.
    private var visited: Set<String> = []
    /// For an id on a loop: which loop, and its place in it.
    private var place: [String: (loop: Int, index: Int)] = [:]
    /// Each loop in the order its links go, from where it was entered.
    private var loops: [[String]] = []

    init(next: @escaping (String) -> String?) { self.next = next }

    /// The path from `start` back to `start` when `start` is on a loop.
    mutating func loop(from start: String) -> [String]? {
        follow(from: start)
        guard let (loop, index) = place[start] else { return nil }
        let ids = loops[loop]
        return Array(ids[index...] + ids[..<index]) + [start]
    }

    /// Follows the links from `start` until an id seen before. If that id was
    /// first seen on this walk, the walk has closed a new loop.
    private mutating func follow(from start: String) {
        var walk: [String] = [], onWalk: [String: Int] = [:]
        var current: String? = start
        while let id = current, visited.insert(id).inserted {
            onWalk[id] = walk.count
            walk.append(id)
            current = next(id)
        }
        guard let id = current, let first = onWalk[id] else { return }
        let loop = Array(walk[first...])
        for (index, member) in loop.enumerated() { place[member] = (loops.count, index) }
        loops.append(loop)
    }
}
