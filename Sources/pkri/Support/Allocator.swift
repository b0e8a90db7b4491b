// Importing CJemalloc links jemalloc into pkri in place of the C library's
// malloc, for the whole process, libxml2 included. Scoring and importing
// build and free many small objects per file (libxml2 trees, Swift strings
// and arrays); glibc's malloc spent about a fifth of `pkri score`'s
// instructions on them, and jemalloc made the command about 25% faster
// (docs/decisions.md, "jemalloc is pkri's allocator").
import CJemalloc
