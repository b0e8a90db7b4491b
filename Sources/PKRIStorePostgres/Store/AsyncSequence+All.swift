extension AsyncSequence {
    /// Every element, in order: for results known to be small.
    func all() async throws -> [Element] {
        var out: [Element] = []
        for try await e in self { out.append(e) }
        return out
    }
}
