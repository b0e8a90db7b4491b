import Foundation

/// Shares a table's width among its columns from what they hold, so that
/// no word is split and no row is much taller than it must be.
///
/// Every column is at least as wide as its widest unbreakable piece and at
/// most as wide as its longest one-line cell; between the two, the widths
/// are those that make the sum of the rows' heights least (see `init`).
/// When every cell fits on one line the columns are their one-line widths,
/// spread over the line; when the words alone are wider than the line,
/// each column gets a share in proportion to its widest word (and such
/// words break).
struct ColumnWidths {
    /// Widths in points, padding included, in column order; they add up
    /// to the table's width.
    let widths: [Double]

    /// A wrapped line holds a little less than the width: words do not
    /// fill it exactly.
    static let fill = 0.9

    /// `rows[r][c]`: the one-line width of the text in row r, column c
    /// (padding excluded; 0 for an empty cell). `least`: each column's
    /// widest unbreakable piece. `padding`: inside each cell, both sides.
    init(rows: [[Double]], least: [Double], padding: Double, width total: Double) {
        let columns = least.count
        func natural(_ r: Int, _ c: Int) -> Double { c < rows[r].count ? rows[r][c] : 0 }
        let low = least.map { $0 + padding }
        let high = (0..<columns).map { c in max(rows.indices.map { natural($0, c) }.max() ?? 0, least[c]) + padding }
        let sumLow = low.reduce(0, +), sumHigh = high.reduce(0, +)
        guard columns > 0 else { widths = []; return }
        if sumHigh <= total {
            widths = high.map { $0 / sumHigh * total }
            return
        }
        if sumLow >= total {
            widths = low.map { $0 / sumLow * total }
            return
        }
        // Row r is as tall as its tallest cell; a cell of one-line width n
        // in a column x wide takes about n / (fill · x) lines. The sum of
        // the rows' heights is least when each column's text width x is
        // proportional to the square root of the text it holds in the rows
        // where it is the tallest cell (weighting each cell by how close it
        // is to its row's tallest, so near-ties share). Start from all the
        // text, then re-weight from the heights the widths give.
        var weights = (0..<columns).map { c in rows.indices.map { natural($0, c) }.reduce(0, +).squareRoot() }
        var w = ColumnWidths.fillUp(low, to: total, weights: weights, limits: high)
        for _ in 0..<ColumnWidths.rounds {
            var load = [Double](repeating: 0, count: columns)
            for r in rows.indices {
                let lines = (0..<columns).map { c in max(1, natural(r, c) / (ColumnWidths.fill * max(w[c] - padding, 1))) }
                let tallest = lines.max() ?? 1
                let shares = lines.map { $0 > 1 ? exp(ColumnWidths.sharpness * ($0 - tallest)) : 0 }
                let sum = shares.reduce(0, +)
                guard sum > 0 else { continue }
                for c in 0..<columns where shares[c] > 0 { load[c] += shares[c] / sum * natural(r, c) }
            }
            weights = load.map { $0.squareRoot() }
            let target = ColumnWidths.fillUp(low, to: total, weights: weights, limits: high)
            w = zip(w, target).map { ($0 + $1) / 2 }
        }
        widths = w
    }

    static let rounds = 24
    /// How sharply a row's tallest cell outweighs the others (per line).
    static let sharpness = 3.0

    /// `base` plus the rest of `total`, shared by `weights` among the
    /// columns below their `limits`; a column reaching its limit stops and
    /// its share goes to the others. What all limits leave over is spread
    /// in proportion to the widths.
    static func fillUp(_ base: [Double], to total: Double, weights: [Double], limits: [Double]) -> [Double] {
        var w = base
        var spare = total - w.reduce(0, +)
        while spare > 0.01 {
            let open = w.indices.filter { w[$0] < limits[$0] - 0.01 && weights[$0] > 0 }
            let weight = open.map { weights[$0] }.reduce(0, +)
            guard weight > 0 else { break }
            var used = 0.0
            for c in open {
                let add = min(spare * weights[c] / weight, limits[c] - w[c])
                w[c] += add
                used += add
            }
            spare -= used
            if used < 0.01 { break }
        }
        if spare > 0.01 {
            let sum = w.reduce(0, +)
            w = w.map { $0 + $0 / sum * spare }
        }
        return w
    }
}
