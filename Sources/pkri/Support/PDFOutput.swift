import Foundation
import PKRICore
import PKRIReportPDF

/// The PDF side of `pkri report`: the document date follows the report's
/// (SOURCE_DATE_EPOCH when set), so identical inputs give identical bytes.
enum PDFOutput {
    static func bytes(_ report: Report) throws -> Data {
        Data(try PDFRenderer(creationDate: Timestamp(ReportClock.producedAt())).render(report))
    }
}
