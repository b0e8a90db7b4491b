import Foundation

/// When a report says it was produced: `SOURCE_DATE_EPOCH` when set (so the
/// same inputs give byte-identical files), else now; ISO 8601 UTC.
public enum ReportClock {
    public static func producedAt(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) {
            var t = time_t(epoch)
            var parts = tm()
            gmtime_r(&t, &parts)
            return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                          Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
        }
        return Timestamp.now()
    }
}
