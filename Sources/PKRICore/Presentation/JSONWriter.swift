import Foundation

/// Writes JSON text straight into UTF-8 bytes, in the form ``JSON`` writes
/// it (one line, no spaces, keys in the order written). For output written
/// so often that building a ``JSON`` tree first was most of its cost: a
/// score line is over a thousand values.
///
/// ```swift
/// var w = JSONWriter()
/// w.openObject(); w.key("id"); w.string("a"); w.key("n"); w.scaled(7778, scale: 2); w.closeObject()
/// w.text   // {"id":"a","n":77.78}
/// ```
///
/// The bytes live in a buffer it manages itself, not a `[UInt8]`: each
/// `Array.append` checked uniqueness and capacity (about 90 instructions),
/// and a score line made over a thousand of them. Noncopyable, so the
/// buffer has one owner and is freed once.
struct JSONWriter: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// No comma before the next value: at the start, after `{`, `[` or a key.
    private var first = true

    init(capacity: Int = 1024) {
        self.capacity = Swift.max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    var text: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    mutating func key(_ key: String) {
        separate()
        escape(key)
        put(UInt8(ascii: ":"))
        first = true
    }

    /// A key written in the source, such as `"id"`: plain ASCII that needs
    /// no escape, so its bytes are copied without the scan ``key(_:)`` makes
    /// (a score line has over 250 keys). Comma, quotes and colon go in with
    /// the key, after one capacity check.
    mutating func key(literal key: StaticString) {
        assert(key.withUTF8Buffer { $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C } })
        key.withUTF8Buffer { key in
            reserve(key.count + 4)
            var p = start + count
            if !first {
                p.initialize(to: UInt8(ascii: ","))
                p += 1
            }
            p.initialize(to: UInt8(ascii: "\""))
            if let base = key.baseAddress { (p + 1).initialize(from: base, count: key.count) }
            p += key.count + 1
            p.initialize(to: UInt8(ascii: "\""))
            (p + 1).initialize(to: UInt8(ascii: ":"))
            count = p + 2 - start
        }
        first = true
    }

    mutating func null() { keyword("null") }
    mutating func bool(_ b: Bool) { keyword(b ? "true" : "false") }

    mutating func string(_ s: String) {
        separate()
        escape(s)
        first = false
    }

    mutating func string(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    mutating func number(_ d: Decimal) { literal(DecimalText.format(d)) }

    /// `units` × 10^-`scale`, from the integer (``ExactUnits/text(_:scale:)``).
    mutating func scaled(_ units: Int128, scale: Int) {
        separate()
        // Digits go to the end of free space, then move down to `count`.
        reserve(ExactUnits.maxDigits)
        let free = UnsafeMutableBufferPointer(start: start + count, count: ExactUnits.maxDigits)
        if let i = ExactUnits.write(units, scale: scale, atEndOf: free) {
            let n = free.count - i
            UnsafeMutableRawPointer(start + count).copyMemory(from: free.baseAddress! + i, byteCount: n)
            count += n
        } else {
            put(DecimalText.format(ExactUnits.decimal(units, scale: scale)))
        }
        first = false
    }

    /// Any ``JSON`` value.
    mutating func value(_ json: JSON) {
        switch json {
        case .null: null()
        case .bool(let b): bool(b)
        case .number(let d): number(d)
        case .scaled(let units, let scale): scaled(units, scale: scale)
        case .string(let s): string(s)
        case .array(let items):
            openArray()
            for i in items.indices { value(items[i]) }
            closeArray()
        case .object(let members):
            openObject()
            for i in members.indices {
                key(members[i].0)
                value(members[i].1)
            }
            closeObject()
        }
    }

    /// Room for `n` more bytes.
    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(to: count + n) }
    }

    private mutating func grow(to needed: Int) {
        let bigger = Swift.max(capacity * 2, needed)
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
        new.moveInitialize(from: start, count: count)
        start.deallocate()
        (start, capacity) = (new, bigger)
    }

    private mutating func put(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        if let base = bytes.baseAddress { (start + count).initialize(from: base, count: bytes.count) }
        count += bytes.count
    }

    private mutating func put(_ text: String) {
        var text = text
        text.withUTF8 { put($0) }
    }

    private mutating func separate() {
        if !first { put(UInt8(ascii: ",")) }
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        put(bracket)
        first = true
    }

    private mutating func close(_ bracket: UInt8) {
        put(bracket)
        first = false
    }

    private mutating func literal(_ text: String) {
        separate()
        put(text)
        first = false
    }

    /// `null`, `true`, `false`: copied without a `String`'s UTF-8 view.
    private mutating func keyword(_ text: StaticString) {
        separate()
        text.withUTF8Buffer { put($0) }
        first = false
    }

    private mutating func escape(_ s: String) {
        // Most text needs no escape: its bytes go between the quotes as
        // they are, eight at a time, each word tested whole before it is
        // stored. One byte at a time through `contains(where:)` and a copy
        // cost about 226 instructions a string.
        let copied = s.utf8.withContiguousStorageIfAvailable { text -> Bool in
            let n = text.count
            // A whole last word may be stored past the closing quote: room for it.
            reserve(n + 2 + 8)
            let out = UnsafeMutableRawPointer(start + count)
            out.storeBytes(of: UInt8(ascii: "\""), as: UInt8.self)
            if n > 0, let source = UnsafeRawPointer(text.baseAddress) {
                var i = 0
                while i + 8 <= n {
                    let word = source.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if Self.needsEscape(word) { return false }
                    out.storeBytes(of: word, toByteOffset: 1 + i, as: UInt64.self)
                    i += 8
                }
                if i < n {
                    let word = Self.lastBytes(source + i, n - i)
                    if Self.needsEscape(word) { return false }
                    out.storeBytes(of: word.littleEndian, toByteOffset: 1 + i, as: UInt64.self)
                }
            }
            out.storeBytes(of: UInt8(ascii: "\""), toByteOffset: 1 + n, as: UInt8.self)
            count += n + 2
            return true
        }
        if copied != true {
            put(UInt8(ascii: "\""))
            put(Self.escaped(s))
            put(UInt8(ascii: "\""))
        }
    }

    /// The `count` (< 8) bytes at `p` as the low bytes of a little-endian
    /// word, the others spaces (which need no escape): read 4, 2 and 1
    /// bytes at a time, not past the text.
    @inline(__always)
    private static func lastBytes(_ p: UnsafeRawPointer, _ count: Int) -> UInt64 {
        var word: UInt64 = 0, shift: UInt64 = 0, p = p
        if count & 4 != 0 {
            word = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
            (p, shift) = (p + 4, 32)
        }
        if count & 2 != 0 {
            word |= UInt64(UInt16(littleEndian: p.loadUnaligned(as: UInt16.self))) << shift
            (p, shift) = (p + 2, shift + 16)
        }
        if count & 1 != 0 {
            word |= UInt64(p.load(as: UInt8.self)) << shift
            shift += 8
        }
        return word | 0x2020_2020_2020_2020 << shift
    }

    /// Whether any byte of `word` is below 0x20, `"`, `\` or 0xE2 (which
    /// starts U+2028 and U+2029, and other text, which takes the slow
    /// path): all eight bytes at once, with the zero-byte tests of "Bit
    /// Twiddling Hacks". A borrow can only mark bytes above a real match,
    /// so the answer for the word is exact.
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        func zeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v }
        let below = (word &- ones &* 0x20) & ~word
        let equal = zeroByte(word ^ (ones &* 0x22)) | zeroByte(word ^ (ones &* 0x5C)) | zeroByte(word ^ (ones &* 0xE2))
        return (below | equal) & (ones &* 0x80) != 0
    }

    /// `s` with JSON escapes, scalar by scalar, without the quotes.
    private static func escaped(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
