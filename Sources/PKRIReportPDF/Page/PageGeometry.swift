/// The page and where things go on it, in points (1/72 inch).
struct PageGeometry {
    /// ISO A4 portrait.
    static let a4 = PageGeometry(width: 595.276, height: 841.89)

    var width: Double
    var height: Double
    /// About 2 cm at the sides, a little more at the top and bottom for the
    /// running header and the footer.
    var margin = (top: 62.0, bottom: 62.0, side: 56.7)

    /// Where the flow of blocks goes.
    var content: Rect {
        Rect(x: margin.side, y: margin.top, width: width - 2 * margin.side,
             height: height - margin.top - margin.bottom)
    }

    /// Top of the running header, above the content.
    var headerTop: Double { margin.top - 30 }
    /// Top of the footer band, below the content.
    var footerTop: Double { height - margin.bottom + 18 }
}
