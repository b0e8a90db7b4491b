import ArgumentParser
import Foundation
import PKRICore

/// `--weights FILE.csv`: results, aggregates and rankings as if the
/// template gave these weights (a what-if, stored nowhere). Shared by
/// `results`, `aggregate` and `rank`.
struct WhatIfOptions: ParsableArguments {
    @Option(help: .text("Andaikan: CSV 'kind,id,weight' (kind section atau question) yang mengganti bobot templat; tidak disimpan.",
                        "What-if: a CSV 'kind,id,weight' (kind section or question) that replaces the template's weights; stored nowhere."))
    var weights: String?

    var isWhatIf: Bool { weights != nil }

    /// The template, or its what-if with the file's weights. A bad file is
    /// reported at its cells and ends the command (exit 1).
    func apply(to t: Template, language l: Language) throws -> Template {
        guard let weights else { return t }
        do {
            return t.withWeights(try WeightOverrides.read(contentsOf: weights, template: t, language: l))
        } catch {
            Terminal.report(error.diagnostics)
            throw ExitCode(1)
        }
    }

    /// The mark above a screen table.
    func heading(_ l: Language) -> [String] {
        guard let weights else { return [] }
        return [l.pick("ANDAIKAN (what-if): bobot dari \(weights) — bukan hasil resmi, tidak disimpan.",
                       "WHAT-IF: weights from \(weights) — not the official results, stored nowhere."), ""]
    }

    /// Machine formats mark every row: a last column `whatif`, true.
    func columns(_ columns: [Tabular.Column], _ output: OutputOptions, _ l: Language) -> [Tabular.Column] {
        marksRows(output) ? columns + [.init("whatif", l.pick("andaikan", "what-if"))] : columns
    }

    func row(_ cells: [Tabular.Cell], _ output: OutputOptions) -> [Tabular.Cell] {
        marksRows(output) ? cells + [.bool(true)] : cells
    }

    private func marksRows(_ output: OutputOptions) -> Bool { isWhatIf && output.effectiveFormat != .table }
}
