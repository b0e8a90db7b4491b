import CPangoCairo

/// Collects what a Cairo PDF stream surface writes.
final class ByteSink {
    private(set) var bytes: [UInt8] = []

    /// The `cairo_write_func_t` that appends to the sink passed as closure.
    /// It captures nothing; the sink travels through `closure`.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        if let data, length > 0 {
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        }
        return CAIRO_STATUS_SUCCESS
    }
}
