/// A binary greyscale PGM (`P5`) as `pdftoppm -gray` writes it.
struct PGM {
    let width: Int
    let height: Int
    let pixels: ArraySlice<UInt8>

    init?(_ bytes: [UInt8]) {
        // Header: "P5", width, height, maxval, separated by whitespace, then one byte.
        var fields: [Int] = []
        var index = 2
        guard bytes.count > 2, bytes[0] == UInt8(ascii: "P"), bytes[1] == UInt8(ascii: "5") else { return nil }
        while fields.count < 3, index < bytes.count {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 }
            var value = 0, digits = 0
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                value = value * 10 + Int(bytes[index] - 48)
                index += 1
                digits += 1
            }
            guard digits > 0 else { return nil }
            fields.append(value)
        }
        index += 1
        guard fields.count == 3, fields[2] == 255, bytes.count - index == fields[0] * fields[1] else { return nil }
        width = fields[0]
        height = fields[1]
        pixels = bytes[index...]
    }

    /// Pixels darker than mid-grey.
    var darkPixels: Int { pixels.filter { $0 < 128 }.count }
    /// Pixels that are not white.
    var inkedPixels: Int { pixels.filter { $0 < 250 }.count }
}
