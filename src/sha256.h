/*
 * sha256.h - SHA-256 (FIPS 180-4), the identity of an article.
 *
 * A small streaming implementation: init, update any number of times,
 * final.  The context holds no pointers and needs no freeing.
 */
#ifndef TANDA_SHA256_H
#define TANDA_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_DIGEST_SIZE 32
#define SHA256_HEX_SIZE 65	/* 64 hex digits and a NUL */

struct sha256 {
	uint32_t state[8];
	uint64_t length;		/* bytes hashed so far */
	unsigned char block[64];	/* a partial block */
	size_t used;			/* bytes in block */
};

/* Start a new hash in ctx. */
void sha256_init(struct sha256 *ctx);

/* Add len bytes at data to the hash. */
void sha256_update(struct sha256 *ctx, const void *data, size_t len);

/* Finish the hash and store its 32 bytes in digest. */
void sha256_final(struct sha256 *ctx, unsigned char digest[SHA256_DIGEST_SIZE]);

/* Hash len bytes at data in one go, as 64 lowercase hex digits in hex. */
void sha256_hex(const void *data, size_t len, char hex[SHA256_HEX_SIZE]);

#endif
