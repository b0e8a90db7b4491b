/// Why a report could not be rendered as PDF.
public enum PDFRenderError: Error, Equatable, CustomStringConvertible {
    /// Cairo reported an error status (out of memory, write error, …).
    case cairo(String)
    /// The finished PDF could not be written to `path`.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cairo(let status): "PDF rendering failed in Cairo: \(status)"
        case .cannotWrite(let path, let reason): "\(path): cannot write the PDF: \(reason)"
        }
    }
}
