// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "pkri",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pkri", targets: ["pkri"]),
        .library(name: "PKRICore", targets: ["PKRICore"]),
        .library(name: "PKRIXML", targets: ["PKRIXML"]),
        .library(name: "PKRIODK", targets: ["PKRIODK"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // libxml2 from Debian's libxml2-dev; the only door to its C API.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // OpenSSL's libcrypto (Debian libssl-dev): SHA-256 only.
        .systemLibrary(
            name: "CLibCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // jemalloc (Debian libjemalloc-dev), the allocator of the pkri
        // executable: about 25% faster scoring than glibc's malloc. Depending
        // on it links it (pkg-config's -ljemalloc, ahead of the C library);
        // no code calls it (docs/decisions.md; AllocatorTests checks it).
        .systemLibrary(
            name: "CJemalloc",
            pkgConfig: "jemalloc",
            providers: [.apt(["libjemalloc-dev"])]
        ),
        // The domain: templates, answers, scoring. Knows no XML and no terminal.
        .target(
            name: "PKRICore",
            dependencies: ["CLibCrypto"],
            exclude: ["Regions/README.md"],
            resources: [.embedInCode("Regions/regions.csv")]
        ),
        // libxml2 adapter: safe parsing, XSD validation, XPath expressions.
        .target(
            name: "PKRIXML",
            dependencies: ["PKRICore", "CLibXML2"],
            // The shipped schemas (templates/schema, linked here) are compiled
            // into the binary, so pkri needs no files beside it at run time.
            resources: [
                .embedInCode("Schemas/pkri-template-1.xsd"),
                .embedInCode("Schemas/pkri-submission-1.xsd"),
                .embedInCode("Schemas/xml.xsd"),
            ]
        ),
        // The workspace: one SQLite file (GRDB, WAL) and its evidence folder.
        .target(
            name: "PKRIStore",
            dependencies: ["PKRICore", "PKRIXML", "PKRIODK", "PKRIWorkspace", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The application layer's seam: storage protocols every store
        // implements, the merge rules, typed errors with stable codes, who acts.
        .target(name: "PKRIWorkspace", dependencies: ["PKRICore"]),
        // The national store: a PostgreSQL database (vapor/postgres-nio).
        .target(
            name: "PKRIStorePostgres",
            dependencies: ["PKRICore", "PKRIWorkspace", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        // Test support shared by test targets: a throwaway PostgreSQL server.
        .target(name: "PKRITestSupport", dependencies: [], path: "Tests/PKRITestSupport"),
        // Spreadsheet exports (XLSX) of results, aggregates and rankings.
        .target(name: "PKRIExport", dependencies: ["PKRICore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Cairo + Pango (Debian libcairo2-dev, libpango1.0-dev) for native PDF.
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        // ODK: templates as ODK XForms (expressions translated for JavaRosa),
        // ODK instances back as submissions (read with PKRIXML's safe parser).
        .target(name: "PKRIODK", dependencies: ["PKRICore", "PKRIXML"]),
        // Report renderers: one model (PKRICore/Report), two looks.
        .target(name: "PKRIReportHTML", dependencies: ["PKRICore"]),
        .target(name: "PKRIReportPDF", dependencies: ["PKRICore", "CPangoCairo"]),
        .executableTarget(
            name: "pkri",
            dependencies: [
                "PKRICore", "PKRIXML", "PKRIStore", "PKRIExport", "PKRIReportHTML", "PKRIReportPDF", "PKRIODK", "CJemalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks that print figures (bench/); not part of the test suite.
        .executableTarget(name: "pkri-bench", dependencies: ["PKRICore", "PKRIXML"]),
        .testTarget(name: "PKRICoreTests", dependencies: ["PKRICore"]),
        .testTarget(name: "PKRIXMLTests", dependencies: ["PKRIXML", "PKRICore"], exclude: ["Fixtures", "Golden", "FuzzRegressions"]),
        .testTarget(name: "PKRIStoreTests", dependencies: ["PKRIStore", "PKRIXML", "PKRICore"]),
        .testTarget(name: "PKRIWorkspaceTests", dependencies: ["PKRIWorkspace", "PKRICore"]),
        .testTarget(name: "PKRIStorePostgresTests", dependencies: ["PKRIStorePostgres", "PKRIWorkspace", "PKRITestSupport"]),
        // One suite of cases run against every store (StoreKind).
        .testTarget(
            name: "PKRIStoreContractTests",
            dependencies: ["PKRIWorkspace", "PKRIStorePostgres", "PKRIStore", "PKRIXML", "PKRICore", "PKRITestSupport"]
        ),
        .testTarget(name: "PKRIExportTests", dependencies: ["PKRIExport", "PKRICore"]),
        .testTarget(name: "PKRIReportHTMLTests", dependencies: ["PKRIReportHTML", "PKRICore"], exclude: ["Golden"]),
        .testTarget(name: "PKRIReportPDFTests", dependencies: ["PKRIReportPDF", "PKRICore"]),
        // JavaRosa itself (ODK_Validate.jar from pyxform) fills the exported forms.
        .testTarget(name: "PKRIODKTests", dependencies: ["PKRIODK", "PKRIXML", "PKRICore"], exclude: ["JavaRosa"]),
        .testTarget(name: "pkriTests", dependencies: ["pkri", "PKRICore", "PKRIXML", "PKRIStore"], exclude: ["Golden"]),
    ]
)
