import Foundation
import PKRICore
import PKRIWorkspace
import Testing

@Suite struct SeamValueTests {
    @Test func templateReferencesReadIdAndVersion() {
        #expect(TemplateReference("pkri-keberlanjutan") == TemplateReference(id: "pkri-keberlanjutan", version: nil))
        #expect(TemplateReference("pkri-keberlanjutan@2.1") == TemplateReference(id: "pkri-keberlanjutan", version: "2.1"))
        #expect(TemplateReference("a@b@c").version == "b@c")
        #expect(TemplateReference("x@1").description == "x@1")
    }

    @Test func storeLocationsTellPostgresFromAFile() {
        #expect(StoreLocation("pkri.sqlite") == .sqlite(path: "pkri.sqlite"))
        #expect(StoreLocation("postgresql://u@h/db") == .postgres(url: "postgresql://u@h/db"))
        #expect(StoreLocation("POSTGRES://u@h/db") == .postgres(url: "POSTGRES://u@h/db"))
        #expect(StoreLocation("./postgresql/pkri.sqlite") == .sqlite(path: "./postgresql/pkri.sqlite"))
    }

    @Test func principalsReadBackAsRecorded() {
        let p = Principal(.authenticated, "budi@kemenpan.go.id")
        #expect(p.description == "user:budi@kemenpan.go.id")
        #expect(Principal(recorded: p.description) == p)
        #expect(Principal(recorded: "local:siti") == Principal(.local, "siti"))
        #expect(Principal(recorded: "tpi-1") == nil)
        #expect(!Principal.localUser().name.isEmpty)
    }

    /// Codes are a public contract (scripts, the server's JSON): this list
    /// changes only by additions.
    @Test func errorCodesAreStable() {
        #expect(ServiceError.Code.allCases.map(\.rawValue) == [
            "workspace-missing", "workspace-exists", "database-not-empty", "not-a-workspace", "workspace-too-new",
            "invalid-location", "unreachable", "storage", "not-found", "invalid", "template-version-taken",
            "evidence-too-large", "workspace-read-only", "evidence-unusable",
        ])
        #expect(ServiceError.databaseNotEmpty(location: "x", tables: ["t"]).code == .databaseNotEmpty)
        #expect(ServiceError.notFound(.template, id: "x").code.rawValue == "not-found")
    }

    @Test func fileChunksYieldTheFileInBoundedPieces() async throws {
        let path = NSTemporaryDirectory() + "pkri-chunks-\(UUID().uuidString)"
        let bytes = (0..<2_500).map { UInt8($0 % 251) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var pieces: [[UInt8]] = []
        for try await piece in FileChunks(path: path, chunkBytes: 1_000) { pieces.append(piece) }
        #expect(pieces.map(\.count) == [1_000, 1_000, 500])
        #expect(pieces.flatMap { $0 } == bytes)
    }
}
