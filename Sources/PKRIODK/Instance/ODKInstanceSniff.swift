/// Tells an ODK instance (root `<data>`, no namespace) from other XML by
/// its first bytes, without parsing: an import tries pkri's own format
/// first and asks this only when that fails.
public enum ODKInstanceSniff {
    /// Whether the document's root element is `<data` (after an optional
    /// byte order mark, XML declaration, comments and white space).
    public static func looksLikeInstance<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var b = Array(bytes.prefix(4096))[...]
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
        while true {
            while let c = b.first, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { b = b.dropFirst() }
            if b.starts(with: Array("<?".utf8)) || b.starts(with: Array("<!--".utf8)) {
                let close = b.starts(with: Array("<?".utf8)) ? Array("?>".utf8) : Array("-->".utf8)
                guard let end = b.indices.first(where: { b[$0...].starts(with: close) }) else { return false }
                b = b[(end + close.count)...]
                continue
            }
            guard b.starts(with: Array("<data".utf8)), b.count > 5 else { return false }
            let next = b[b.startIndex + 5]
            return next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D || next == UInt8(ascii: ">") || next == UInt8(ascii: "/")
        }
    }
}
