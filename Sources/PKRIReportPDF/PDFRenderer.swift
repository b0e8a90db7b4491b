import Foundation
import PKRICore

/// Draws a ``Report`` as an A4 PDF with Cairo and Pango: justified text,
/// tables that break across pages with their header repeated, vector bar
/// charts, the running header and "Halaman n dari N" on every page.
///
/// ```swift
/// let renderer = PDFRenderer(creationDate: PDFRenderer.sourceDateEpoch())
/// try renderer.render(report, to: "laporan.pdf")
/// ```
///
/// With a fixed ``creationDate`` the output is byte-for-byte reproducible.
/// A renderer holds no state: one value may render many reports, on many
/// threads at once.
///
/// ## Topics
/// - ``render(_:)``
/// - ``render(_:to:)``
/// - ``sourceDateEpoch(_:)``
public struct PDFRenderer: Sendable {
    /// Written as the document's creation date; nil writes the current time.
    public var creationDate: Timestamp?
    /// Written as the document's creator.
    public var creator: String

    public init(creationDate: Timestamp? = nil, creator: String = "pkri") {
        self.creationDate = creationDate
        self.creator = creator
    }

    /// The PDF file, in memory.
    public func render(_ report: Report) throws(PDFRenderError) -> [UInt8] {
        let geometry = PageGeometry.a4
        let theme = Theme()
        let content = geometry.content
        let document = try PDFDocument(
            pageSize: (geometry.width, geometry.height),
            metadata: .init(title: report.title, creator: creator, creationDate: creationDate.map(PDFDate.iso8601)))
        let typesetter = Typesetter(for: document.canvas, language: report.language)
        let context = LayoutContext(typesetter: typesetter, theme: theme, language: report.language,
                                    width: content.width)

        let items = report.flowItems(in: context)
        let pages = Paginator(top: content.y, bottom: content.maxY).paginate(items)

        let furniture = PageFurniture(runningHeader: report.runningHeader, footer: report.footer, geometry: geometry,
                                      theme: theme, labels: PageLabels(language: report.language),
                                      typesetter: typesetter)
        for (index, page) in pages.enumerated() {
            furniture.draw(page: index + 1, of: pages.count, on: document.canvas)
            for placement in page.placements {
                placement.draw(document.canvas, Point(x: content.x, y: placement.top))
            }
            document.showPage()
        }
        return try document.finish()
    }

    /// Writes the PDF to `path`, replacing any file there.
    public func render(_ report: Report, to path: String) throws(PDFRenderError) {
        let bytes = try render(report)
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .cannotWrite(path: path, reason: (error as NSError).localizedDescription)
        }
    }
}
