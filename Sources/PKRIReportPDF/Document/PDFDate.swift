import Foundation
import PKRICore

/// Dates as Cairo's PDF metadata wants them: ISO 8601 in UTC, to the second.
enum PDFDate {
    /// `2024-05-01T07:30:00Z`; a fraction of a second is dropped.
    static func iso8601(_ timestamp: Timestamp) -> String {
        var seconds = timestamp.seconds
        var whole = Decimal()
        NSDecimalRound(&whole, &seconds, 0, .down)
        return iso8601(seconds: NSDecimalNumber(decimal: whole).intValue)
    }

    static func iso8601(seconds: Int) -> String {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}
