import Foundation

/// Why a proposed answer is not accepted for a question.
public enum AnswerProblem: Error, Sendable, Equatable {
    case noValue
    case severalValues(Int)
    case unknownOption(String)
    case repeatedOption(String)
    case notInteger(String)
    case notDecimal(String)
    case belowMinimum(String, min: Decimal)
    case aboveMaximum(String, max: Decimal)
    case notDate(String)
    /// The question's `constraint` is false; carries its message, if any.
    case constraintViolated(String?)

    public func message(_ lang: Language) -> String {
        switch self {
        case .noValue:
            return lang.pick("jawaban kosong", "the answer is empty")
        case .severalValues(let n):
            return lang.pick("pertanyaan ini menerima satu nilai, bukan \(n)",
                             "this question takes one value, not \(n)")
        case .unknownOption(let v):
            return lang.pick("'\(v)' bukan pilihan pertanyaan ini", "'\(v)' is not an option of this question")
        case .repeatedOption(let v):
            return lang.pick("pilihan '\(v)' disebut lebih dari sekali", "option '\(v)' is given more than once")
        case .notInteger(let v):
            return lang.pick("'\(v)' bukan bilangan bulat", "'\(v)' is not a whole number")
        case .notDecimal(let v):
            return lang.pick("'\(v)' bukan angka desimal (contoh: 12.5)", "'\(v)' is not a decimal number (e.g. 12.5)")
        case .belowMinimum(let v, let min):
            return lang.pick("\(v) lebih kecil dari batas bawah \(DecimalText.format(min))",
                             "\(v) is below the minimum \(DecimalText.format(min))")
        case .aboveMaximum(let v, let max):
            return lang.pick("\(v) lebih besar dari batas atas \(DecimalText.format(max))",
                             "\(v) is above the maximum \(DecimalText.format(max))")
        case .notDate(let v):
            return lang.pick("'\(v)' bukan tanggal yang sah (format TTTT-BB-HH, contoh 2025-06-30)",
                             "'\(v)' is not a valid date (format YYYY-MM-DD, e.g. 2025-06-30)")
        case .constraintViolated(let text):
            return text ?? lang.pick("jawaban tidak memenuhi batasan pertanyaan",
                                     "the answer does not satisfy the question's constraint")
        }
    }
}
