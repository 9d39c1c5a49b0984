/*
 * test-sha256.c - SHA-256 against the FIPS 180-4 example vectors.
 */
#include <string.h>

#include "fixture.h"
#include "sha256.h"

/* The hex digest of len bytes at data, fed in chunks of chunk bytes. */
static void hex_in_chunks(const char *data, size_t len, size_t chunk,
			  char hex[SHA256_HEX_SIZE])
{
	static const char digits[] = "0123456789abcdef";
	unsigned char digest[SHA256_DIGEST_SIZE];
	struct sha256 ctx;
	size_t i;

	sha256_init(&ctx);
	for (i = 0; i < len; i += chunk)
		sha256_update(&ctx, data + i, len - i < chunk ? len - i : chunk);
	sha256_final(&ctx, digest);
	for (i = 0; i < SHA256_DIGEST_SIZE; i++) {
		hex[2 * i] = digits[digest[i] >> 4];
		hex[2 * i + 1] = digits[digest[i] & 15];
	}
	hex[64] = '\0';
}

static void test_empty(void **state)
{
	char hex[SHA256_HEX_SIZE];

	(void)state;
	sha256_hex("", 0, hex);
	assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

static void test_abc(void **state)
{
	char hex[SHA256_HEX_SIZE];

	(void)state;
	sha256_hex("abc", 3, hex);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

static void test_two_blocks(void **state)
{
	const char *msg = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	char hex[SHA256_HEX_SIZE];

	(void)state;
	sha256_hex(msg, strlen(msg), hex);
	assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void test_million_a_in_any_chunks(void **state)
{
	static const size_t chunks[] = { 1, 3, 55, 56, 63, 64, 65, 1000, 1000000 };
	char *data = malloc(1000000);
	size_t i;

	(void)state;
	assert_non_null(data);
	memset(data, 'a', 1000000);
	for (i = 0; i < sizeof chunks / sizeof chunks[0]; i++) {
		char hex[SHA256_HEX_SIZE];

		hex_in_chunks(data, 1000000, chunks[i], hex);
		assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	}
	free(data);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_abc),
		cmocka_unit_test(test_two_blocks),
		cmocka_unit_test(test_million_a_in_any_chunks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
