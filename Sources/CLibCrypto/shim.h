#ifndef PKRI_CLIBCRYPTO_SHIM_H
#define PKRI_CLIBCRYPTO_SHIM_H
// OpenSSL's libcrypto, for SHA-256 of templates and evidence files: the
// one-shot SHA256() and the EVP digest API, which hashes a file as it streams.
#include <openssl/sha.h>
#include <openssl/evp.h>
#endif
