#ifndef PKRI_CLIBCRYPTO_SHIM_H
#define PKRI_CLIBCRYPTO_SHIM_H
// OpenSSL's libcrypto, for SHA-256 of templates and evidence files.
#include <openssl/sha.h>
#endif
