import Foundation
import PKRICore

extension PDFRenderer {
    /// The instant in `SOURCE_DATE_EPOCH` (seconds since 1970, see
    /// reproducible-builds.org), or nil when it is unset or not a whole
    /// number of seconds.
    ///
    /// ```swift
    /// PDFRenderer(creationDate: PDFRenderer.sourceDateEpoch())
    /// ```
    public static func sourceDateEpoch(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Timestamp? {
        guard let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text) else { return nil }
        return Timestamp(PDFDate.iso8601(seconds: seconds))
    }
}
