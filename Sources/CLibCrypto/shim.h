#ifndef PKRI_CLIBCRYPTO_SHIM_H
#define PKRI_CLIBCRYPTO_SHIM_H
// OpenSSL's libcrypto, for SHA-256 of templates and evidence files (one shot
// with sha.h, streamed through EVP for files too large to hold in memory).
#include <openssl/sha.h>
#include <openssl/evp.h>
#endif
