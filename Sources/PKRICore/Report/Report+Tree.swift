extension Report {
    /// A tree read from the top: each node under its parent, joined to it by
    /// a line, as a lineage of replications is drawn. Nodes come in
    /// depth-first order (a parent, then each child with all below it),
    /// so the tree breaks across pages between any two nodes.
    ///
    /// ```swift
    /// Report.Tree(caption: "Garis replikasi", nodes: [
    ///     .init(level: 0, title: "A · Asal", lines: ["Kota Surabaya"]),
    ///     .init(level: 1, title: "B · Replika", lines: ["Kota Manado"]),
    /// ])
    /// ```
    public struct Tree: Sendable, Equatable {
        public struct Node: Sendable, Equatable {
            /// 0 for the root; a node is one level below its parent, so
            /// from one node to the next the level grows by one at most.
            public var level: Int
            /// The node's first line, set in bold.
            public var title: String
            /// Lines under the title.
            public var lines: [String]

            public init(level: Int, title: String, lines: [String] = []) {
                self.level = level
                self.title = title
                self.lines = lines
            }
        }

        public var caption: String?
        public var nodes: [Node]

        public init(caption: String? = nil, nodes: [Node]) {
            self.caption = caption
            self.nodes = nodes
        }

        /// For each node, one flag per level from 1 to its own: whether
        /// another child of the same parent follows at that level further
        /// down, so that the line joining them passes this node's row. The
        /// last flag is the node's own (a later sibling: `├`, none: `└`).
        ///
        /// ```swift
        /// // A, B (under A), C (under B), D (under A)
        /// tree.branches()   // [[], [true], [true, false], [false]]
        /// ```
        public func branches() -> [[Bool]] {
            var out = [[Bool]](repeating: [], count: nodes.count)
            // Whether a node at each level follows before the branch ends.
            var follows: [Bool] = []
            for i in nodes.indices.reversed() {
                let level = max(nodes[i].level, 0)
                if follows.count <= level { follows += [Bool](repeating: false, count: level + 1 - follows.count) }
                out[i] = level > 0 ? Array(follows[1...level]) : []
                follows[level] = true
                for deeper in (level + 1)..<follows.count { follows[deeper] = false }
            }
            return out
        }

        /// Whether node `i` has a child (the next node is one level below it).
        public func hasChildren(_ i: Int) -> Bool {
            i + 1 < nodes.count && nodes[i + 1].level > nodes[i].level
        }
    }
}
