import Foundation
import Testing

/// pkri's speed relies on jemalloc serving malloc in the executable
/// (docs/decisions.md); a build that silently fell back to glibc's malloc
/// would still pass every other test, only slower.
@Suite struct AllocatorTests {
    @Test func pkriAllocatesThroughJemalloc() throws {
        // jemalloc prints its statistics at exit when MALLOC_CONF asks;
        // glibc's malloc ignores the variable.
        let run = try PKRIProcess.run(["score", "--template", "templates/pkri-keberlanjutan.xml", "--json",
                                       "samples/submissions/keberlanjutan-INOV-2019-0042-self.xml"],
                                      environment: ["MALLOC_CONF": "stats_print:true"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("Begin jemalloc statistics"), "jemalloc does not serve malloc in pkri")
    }
}
