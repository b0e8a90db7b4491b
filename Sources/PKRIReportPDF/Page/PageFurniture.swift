/// What surrounds the content on every page: the running header with a rule
/// (from the second page on), and a rule over the footer text and "Halaman n
/// dari N".
struct PageFurniture {
    private let geometry: PageGeometry
    private let theme: Theme
    private let labels: PageLabels
    private let typesetter: Typesetter
    private let header: TextLayout
    private let footer: TextLayout
    private static let numberWidth = 110.0

    init(runningHeader: String, footer: String, geometry: PageGeometry, theme: Theme, labels: PageLabels,
         typesetter: Typesetter) {
        let width = geometry.content.width
        self.geometry = geometry
        self.theme = theme
        self.labels = labels
        self.typesetter = typesetter
        header = typesetter.layout(runningHeader, theme.small, width: width)
        self.footer = typesetter.layout(footer, theme.small, width: width - PageFurniture.numberWidth - 12)
    }

    /// Draws around page `number` (1-based) of `count`.
    func draw(page number: Int, of count: Int, on canvas: Canvas) {
        let content = geometry.content
        if number > 1 {
            let top = geometry.headerTop
            header.draw(on: canvas, at: Point(x: content.x, y: top))
            canvas.rule(at: Point(x: content.x, y: top + header.height + 4), width: content.width,
                        theme.palette.rule)
        }
        let top = geometry.footerTop
        canvas.rule(at: Point(x: content.x, y: top), width: content.width, theme.palette.rule)
        footer.draw(on: canvas, at: Point(x: content.x, y: top + 5))
        let pageNumber = typesetter.layout(labels.pageNumber(number, of: count), theme.small,
                                           width: PageFurniture.numberWidth, alignment: .trailing)
        pageNumber.draw(on: canvas, at: Point(x: content.maxX - PageFurniture.numberWidth, y: top + 5))
    }
}
