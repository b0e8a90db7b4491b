import CPangoCairo

/// One PDF being written: a Cairo PDF surface streaming into memory and the
/// drawing context on it. Each render makes its own, so renders on different
/// threads share nothing.
final class PDFDocument {
    /// The metadata written into the document information dictionary.
    struct Metadata {
        var title: String
        var creator: String
        /// ISO 8601 (`2024-05-01T00:00:00Z`); nil lets Cairo write the
        /// current time.
        var creationDate: String?
    }

    let canvas: Canvas
    private let surface: OpaquePointer
    private let sink = ByteSink()

    init(pageSize: (width: Double, height: Double), metadata: Metadata) throws(PDFRenderError) {
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        surface = cairo_pdf_surface_create_for_stream(ByteSink.write, closure, pageSize.width, pageSize.height)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            let status = cairo_surface_status(surface)
            cairo_surface_destroy(surface)
            throw .cairo(String(cString: cairo_status_to_string(status)))
        }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        if let date = metadata.creationDate {
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        }
        canvas = Canvas(cairo: cairo_create(surface))
    }

    /// Ends the current page and starts the next.
    func showPage() {
        cairo_show_page(canvas.cairo)
    }

    /// Writes the trailer and returns the whole file.
    func finish() throws(PDFRenderError) -> [UInt8] {
        cairo_surface_finish(surface)
        let status = cairo_status(canvas.cairo) != CAIRO_STATUS_SUCCESS
            ? cairo_status(canvas.cairo) : cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(String(cString: cairo_status_to_string(status)))
        }
        return sink.bytes
    }

    deinit {
        // The sink outlives both: stored properties are released after deinit.
        cairo_destroy(canvas.cairo)
        cairo_surface_destroy(surface)
    }
}
