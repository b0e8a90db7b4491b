/// Places slices on pages, top to bottom: a slice goes on the current page
/// if it fits, else it opens the next one (drawing its repeated header
/// first). A run of slices tied by `keepWithNext` moves to the next page as
/// a whole when it does not fit; a run taller than a page flows on, but
/// never leaves its first slice alone at the bottom of a page.
struct Paginator {
    /// The content band of every page.
    let top: Double
    let bottom: Double

    func paginate(_ items: [FlowItem]) -> [Page] {
        var state = State(top: top)
        for index in items.indices {
            guard case .slice(let slice) = items[index] else {
                if !state.atTop { state.newPage() }
                continue
            }
            let chainStart = index == items.startIndex || !items[index - 1].keepsWithNext
            if chainStart, !state.atTop {
                let fitsAPage = chainHeight(items[index...], after: nil) <= bottom - top
                let needed = chainHeight(items[index...], after: state.spaceAfter, limit: fitsAPage ? nil : 2)
                if state.y + needed > bottom { state.newPage() }
            }
            if !state.atTop, state.y + state.gap(before: slice) + slice.height > bottom {
                state.newPage()
            }
            if state.atTop, let header = slice.header {
                state.place(Slice(height: header.height, draw: header.draw))
            }
            state.place(slice)
        }
        return state.pages
    }

    /// The height of the run of slices tied to the first by `keepWithNext`
    /// (or of its first `limit` slices), after a slice asking for `after`
    /// points below it (nil: at the top of a page).
    private func chainHeight(_ items: ArraySlice<FlowItem>, after: Double?, limit: Int? = nil) -> Double {
        var total = 0.0
        var spaceAfter = after
        for item in items.prefix(limit ?? items.count) {
            guard case .slice(let slice) = item else { break }
            total += spaceAfter.map { max($0, slice.spaceBefore) } ?? 0
            total += slice.height
            spaceAfter = slice.spaceAfter
            if !slice.keepWithNext { break }
        }
        return total
    }

    private struct State {
        let top: Double
        var pages = [Page()]
        var y: Double
        /// What the last slice placed asks for below it; nil at a page top.
        var spaceAfter: Double?

        var atTop: Bool { spaceAfter == nil }

        init(top: Double) {
            self.top = top
            y = top
        }

        func gap(before slice: Slice) -> Double {
            spaceAfter.map { max($0, slice.spaceBefore) } ?? 0
        }

        mutating func newPage() {
            pages.append(Page())
            y = top
            spaceAfter = nil
        }

        mutating func place(_ slice: Slice) {
            y += gap(before: slice)
            pages[pages.count - 1].placements.append(Page.Placement(top: y, draw: slice.draw))
            y += slice.height
            spaceAfter = slice.spaceAfter
        }
    }
}

private extension FlowItem {
    var keepsWithNext: Bool {
        if case .slice(let slice) = self { slice.keepWithNext } else { false }
    }
}
