import Foundation

/// How much a ranking depends on the section weights, which are a policy
/// choice: `pkri sensitivity` (`pkri-sensitivity/1`).
public struct SensitivityReport: Sendable {
    public struct Options: Sendable {
        /// Each run multiplies every section weight by a factor drawn
        /// uniformly from [1 − spread, 1 + spread].
        public var spread: Double
        public var runs: Int
        public var seed: UInt64
        /// The award list: ranks up to this (ties at the cut included).
        public var top: Int

        public init(spread: Double = 0.2, runs: Int = 1_000, seed: UInt64 = 1, top: Int = 45) {
            self.spread = spread
            self.runs = runs
            self.seed = seed
            self.top = top
        }
    }

    /// One ranked subject.
    public struct Subject: Sendable, Equatable {
        public let id: String
        /// Its rank and final value as published (the stored weights).
        public let rank: Int
        public let value: Decimal
        /// The 5th and 95th percentile of its rank over the runs.
        public let rankLow: Int
        public let rankHigh: Int
        /// Runs that put it in each band, in the index's band order
        /// (highest first); runs in no band are left out.
        public let bands: [(band: String, runs: Int)]
        /// Runs that put it in the top ``Options/top``.
        public let topRuns: Int
        /// Every run gave the award outcome of the published ranking (in
        /// the top N, or out of it).
        public var awardStable: Bool { rank <= top ? topRuns == runs : topRuns == 0 }
        let top: Int
        let runs: Int

        public static func == (a: Subject, b: Subject) -> Bool {
            a.id == b.id && a.rank == b.rank && a.value == b.value && a.rankLow == b.rankLow && a.rankHigh == b.rankHigh
                && a.bands.map(\.band) == b.bands.map(\.band) && a.bands.map(\.runs) == b.bands.map(\.runs) && a.topRuns == b.topRuns
        }
    }

    public let template: String
    public let version: String
    public let index: String
    public let options: Options
    /// Ranked subjects, in published rank order (ties by id).
    public let subjects: [Subject]
    /// Kendall's τ_b between the published ranking and each run's: their
    /// median and 5th ``Percentile``; nil with fewer than two ranked
    /// subjects of different values.
    public let tauMedian: Double?
    public let tauLow: Double?

    /// Subjects in the published top N whose award holds in every run.
    public var stableAwards: [Subject] { subjects.filter { $0.rank <= options.top && $0.awardStable } }
    /// Subjects whose award outcome changes in some run: in the top N but
    /// not always, or outside it but sometimes in.
    public var unstableAwards: [Subject] { subjects.filter { !$0.awardStable } }
}
