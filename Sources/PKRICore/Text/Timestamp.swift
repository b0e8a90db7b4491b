import Foundation

/// An ISO 8601 instant with a time zone (`2026-06-21T10:15:00Z`,
/// `2026-06-21T17:15:00.5+07:00`), comparable across zones. Parsed by hand:
/// it is read for every stored submission, and formatters are slow and not
/// safe to share between threads on every platform.
public struct Timestamp: Comparable, Hashable, Sendable {
    /// Seconds since 1970-01-01T00:00:00Z, fraction included.
    public let seconds: Decimal

    public init?(_ text: String) {
        let b = Array(text.utf8)
        func num(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var n = 0
            for c in b[from..<from + count] {
                guard c >= 48, c <= 57 else { return nil }
                n = n * 10 + Int(c - 48)
            }
            return n
        }
        guard b.count >= 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
              let date = CalendarDate(String(decoding: b[0..<10], as: UTF8.self)),
              let hour = num(11, 2), let minute = num(14, 2), let second = num(17, 2),
              hour < 24, minute < 60, second < 60 else { return nil }
        var i = 19
        var fraction: Decimal = 0
        if i < b.count, b[i] == UInt8(ascii: ".") {
            var j = i + 1
            while j < b.count, b[j] >= 48, b[j] <= 57 { j += 1 }
            guard j > i + 1, let f = Decimal(string: "0" + String(decoding: b[i..<j], as: UTF8.self)) else { return nil }
            fraction = f
            i = j
        }
        var offset = 0
        if i < b.count, b[i] == UInt8(ascii: "Z"), i + 1 == b.count {
            offset = 0
        } else if i + 6 == b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"),
                  b[i + 3] == UInt8(ascii: ":"), let h = num(i + 1, 2), let m = num(i + 4, 2), h < 24, m < 60 {
            offset = (h * 60 + m) * 60 * (b[i] == UInt8(ascii: "+") ? 1 : -1)
        } else {
            return nil
        }
        let days = Timestamp.daysFromCivil(date.year, date.month, date.day)
        seconds = Decimal(days * 86_400 + hour * 3600 + minute * 60 + second - offset) + fraction
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Now, in UTC, to the second: `2026-06-21T10:15:00Z`.
    public static func now() -> String {
        var t = time(nil)
        var parts = tm()
        gmtime_r(&t, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// Now, in UTC, to the millisecond, so that successive changes order
    /// strictly: `2026-06-21T10:15:00.123Z`.
    public static func nowPrecise() -> String {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        var t = spec.tv_sec
        var parts = tm()
        gmtime_r(&t, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec),
                      Int(spec.tv_nsec / 1_000_000))
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }
}
