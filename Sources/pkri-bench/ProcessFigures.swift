import Foundation

/// Clock and memory figures of this process.
enum ProcessFigures {
    /// Monotonic nanoseconds.
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Seconds `body` took.
    static func time(_ body: () -> Void) -> Double {
        let start = now()
        body()
        return Double(now() - start) / 1e9
    }

    /// Wall-clock and CPU (user + system, every thread) seconds `body` took.
    /// CPU time tells the cost apart from waiting on a busy machine.
    static func clocks(_ body: () -> Void) -> (wall: Double, cpu: Double) {
        let cpuStart = cpuSeconds()
        let wall = time(body)
        return (wall, cpuSeconds() - cpuStart)
    }

    /// CPU seconds this process has used so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Peak resident set size so far (`VmHWM` of /proc/self/status), in KiB.
    static func peakRSSKiB() -> Int? { statusField("VmHWM:") }

    /// Resident set size now (`VmRSS`), in KiB.
    static func rssKiB() -> Int? { statusField("VmRSS:") }

    private static func statusField(_ name: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            return Int(line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
        }
        return nil
    }

    /// The 1-, 5- and 15-minute load averages, as /proc/loadavg gives them.
    static var loadAverage: String? {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// The median of a non-empty list.
    static func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}
