extension String {
    /// Whether both hold the same UTF-8 bytes (not `==`, which merges
    /// canonically equal text). Lengths first, then the bytes in place:
    /// `utf8.elementsEqual` walked two views index by index, and option
    /// lookups ask this of every option of every answered question.
    func hasSameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        let inPlace = utf8.withContiguousStorageIfAvailable { a in
            other.utf8.withContiguousStorageIfAvailable { b in a.elementsEqual(b) }
        }
        if let inPlace, let equal = inPlace { return equal }
        return utf8.elementsEqual(other.utf8)
    }
}
