import Foundation

extension Question {
    /// Checks values against the type, option list and `min`/`max` (not the
    /// `constraint`, which needs the answer document) and returns the text
    /// the answer has in the answer document.
    public func check(_ values: [String]) -> Result<String, AnswerProblem> {
        guard !values.isEmpty else { return .failure(.noValue) }
        if kind != .multiple, values.count > 1 { return .failure(.severalValues(values.count)) }
        let value = values[0]
        switch kind {
        case .single:
            return optionIndex(value) != nil ? .success(value) : .failure(.unknownOption(value))
        case .multiple:
            // Bytes, not String: `==` would merge canonically equal values.
            // Each against the earlier ones, not a Set of byte arrays: a few
            // values, and the set cost an array and hashing per value.
            for (k, v) in values.enumerated() {
                guard optionIndex(v) != nil else { return .failure(.unknownOption(v)) }
                for earlier in values[..<k] where earlier.hasSameBytes(as: v) { return .failure(.repeatedOption(v)) }
            }
            return .success(values.joined(separator: " "))
        case .integer, .decimal:
            // In exact integers when the number and the bounds allow
            // (``ExactNumber``): the same outcome, without `Decimal`.
            guard let number = ExactNumber(value), let limits = exactLimits else { return checkDecimal(value) }
            if kind == .integer, number.hasPoint { return .failure(.notInteger(value)) }
            if let min, let lo = limits.min, number.compare(millionths: lo) < 0 {
                return .failure(.belowMinimum(value, min: min))
            }
            if let max, let hi = limits.max, number.compare(millionths: hi) > 0 {
                return .failure(.aboveMaximum(value, max: max))
            }
            return .success(number.canonical)
        case .date:
            return CalendarDate(value) == nil ? .failure(.notDate(value)) : .success(value)
        case .text:
            return value.isEmpty ? .failure(.noValue) : .success(value)
        }
    }

    /// ``check(_:)`` of a numeric value with `Decimal`.
    private func checkDecimal(_ value: String) -> Result<String, AnswerProblem> {
        guard let number = DecimalText.parse(value) else {
            return .failure(kind == .integer ? .notInteger(value) : .notDecimal(value))
        }
        if kind == .integer, !DecimalText.isIntegerLiteral(value) { return .failure(.notInteger(value)) }
        if let min, number < min { return .failure(.belowMinimum(value, min: min)) }
        if let max, number > max { return .failure(.aboveMaximum(value, max: max)) }
        return .success(DecimalText.canonical(value))
    }
}
