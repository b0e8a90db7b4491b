// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for pkri's parsers of untrusted input. A separate package
// so that the main one stays free of sanitizer-only targets; build and run
// through `fuzz/run TARGET SECONDS` (see fuzz/README.md).
let package = Package(
    name: "pkri-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "pkri", path: ".."),
    ],
    targets: [
        // What every target shares: the oracles and the paths of the package.
        .target(name: "FuzzSupport", dependencies: [.product(name: "PKRICore", package: "pkri")]),
        // Templates: safe parsing, schema, semantic checks, expressions.
        .executableTarget(name: "fuzz-template", dependencies: [
            "FuzzSupport",
            .product(name: "PKRICore", package: "pkri"),
            .product(name: "PKRIXML", package: "pkri"),
        ]),
        // Submissions: reading, checking against a shipped template, scoring.
        .executableTarget(name: "fuzz-submission", dependencies: [
            "FuzzSupport",
            .product(name: "PKRICore", package: "pkri"),
            .product(name: "PKRIXML", package: "pkri"),
        ]),
        // Registry CSV files: the RFC 4180 reader and the agency/innovation checks.
        .executableTarget(name: "fuzz-registry", dependencies: [
            "FuzzSupport",
            .product(name: "PKRICore", package: "pkri"),
        ]),
    ]
)
