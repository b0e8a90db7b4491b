import Foundation

extension IndexScore {
    /// Each section's weighted sums (scoring rule 5) as text to store beside
    /// the index value: `earned/max` per section of the index, in template
    /// order, separated by spaces (`"10/12 0/0 3.5/4"`; `0/0` is a section
    /// that did not count). With the section weights they give the value
    /// again (rule 6) for any other weights, without the answers: what
    /// `pkri sensitivity` recombines. Written from the exact integers.
    public var sectionsText: String {
        sections.map { s in
            switch s.sums {
            case .exact(let e, let m):
                return ExactUnits.text(e, scale: 2 * ExactUnits.digits) + "/" + ExactUnits.text(m, scale: 2 * ExactUnits.digits)
            case .decimal(let e, let m):
                return DecimalText.format(e) + "/" + DecimalText.format(m)
            }
        }.joined(separator: " ")
    }

    /// The ratios r(s) = earned/max of ``sectionsText``, nil for a section
    /// that did not count; nil when the text is not of that form. Read
    /// byte by byte: a national sensitivity reads hundreds of thousands.
    public static func sectionRatios(_ text: String) -> [Double?]? {
        var text = text
        return text.withUTF8 { bytes -> [Double?]? in
            var out: [Double?] = []
            var i = 0
            while i < bytes.count {
                guard let earned = number(bytes, &i), i < bytes.count, bytes[i] == UInt8(ascii: "/") else { return nil }
                i += 1
                guard let max = number(bytes, &i) else { return nil }
                out.append(max > 0 ? earned / max : nil)
                if i < bytes.count {
                    guard bytes[i] == UInt8(ascii: " "), i + 1 < bytes.count else { return nil }
                    i += 1
                }
            }
            return out
        }
    }

    /// A plain decimal (`-12.5`) at `i`, moving `i` past it.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Double? {
        let start = i
        var negative = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var whole: UInt64 = 0, fraction: UInt64 = 0, scale = 1.0, digits = 0, point = false
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "."), !point {
                point = true
            } else if b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") {
                digits += 1
                if point {
                    fraction = fraction &* 10 &+ UInt64(b - UInt8(ascii: "0"))
                    scale *= 10
                } else {
                    whole = whole &* 10 &+ UInt64(b - UInt8(ascii: "0"))
                }
            } else {
                break
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        // Past 18 digits the integers above could overflow: let the standard library read it.
        if digits > 18 { return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
        let value = Double(whole) + Double(fraction) / scale
        return negative ? -value : value
    }
}
