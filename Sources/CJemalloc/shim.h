#ifndef PKRI_CJEMALLOC_SHIM_H
#define PKRI_CJEMALLOC_SHIM_H
// jemalloc (Debian libjemalloc-dev) serves malloc and free for the pkri
// executable: linking it is all it takes, since the executable names it
// before the C library. Nothing is declared; no code calls it by name.
#endif
