/*
 * test-utf8.c - decoding, maximal subparts, encoding and counting.
 */
#include <string.h>

#include "fixture.h"
#include "utf8.h"

/* Decode s (all of it) and check the length and code point. */
static void expect_decode(const char *s, int length, uint32_t cp)
{
	uint32_t got = 0;

	assert_int_equal(utf8_decode(s, strlen(s), &got), length);
	assert_int_equal(got, cp);
}

static void test_decodes_each_length(void **state)
{
	(void)state;
	expect_decode("A", 1, 'A');
	expect_decode("\xC3\xA9", 2, 0xE9);		/* é */
	expect_decode("\xEC\x9C\xA4", 3, 0xC724);	/* 윤 */
	expect_decode("\xF0\x9F\x98\x80", 4, 0x1F600);	/* 😀 */
	expect_decode("\xF4\x8F\xBF\xBF", 4, 0x10FFFF);
}

static void test_rejects_with_maximal_subparts(void **state)
{
	(void)state;
	expect_decode("\x80", -1, UTF8_REPLACEMENT);		/* lone continuation */
	expect_decode("\xC0\xAF", -1, UTF8_REPLACEMENT);	/* overlong lead */
	expect_decode("\xE0\x80\x80", -1, UTF8_REPLACEMENT);	/* overlong */
	expect_decode("\xED\xA0\x80", -1, UTF8_REPLACEMENT);	/* surrogate */
	expect_decode("\xF4\x90\x80\x80", -1, UTF8_REPLACEMENT); /* > U+10FFFF */
	expect_decode("\xF5", -1, UTF8_REPLACEMENT);
	expect_decode("\xE2\x82" "A", -2, UTF8_REPLACEMENT);	/* cut short */
	expect_decode("\xF0\x9F\x98", -3, UTF8_REPLACEMENT);	/* truncated at end */
}

static void test_encode_round_trips(void **state)
{
	static const uint32_t samples[] = { 0, 0x41, 0x7F, 0x80, 0x7FF, 0x800,
					    0xFFFD, 0xFFFF, 0x10000, 0x10FFFF };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof samples / sizeof samples[0]; i++) {
		char buf[4];
		uint32_t back;
		int n = utf8_encode(samples[i], buf);

		assert_int_equal(utf8_decode(buf, (size_t)n, &back), n);
		assert_int_equal(back, samples[i]);
	}
}

static void test_valid(void **state)
{
	(void)state;
	assert_true(utf8_valid("Yoon 윤석열 林芳正 — “kata”", strlen("Yoon 윤석열 林芳正 — “kata”")));
	assert_false(utf8_valid("ok \xFF", 4));
	assert_true(utf8_valid("", 0));
}

static void test_count_and_offset(void **state)
{
	const char *s = "a윤é😀b";
	size_t len = strlen(s);

	(void)state;
	assert_int_equal(utf8_count(s, len), 5);
	assert_int_equal(utf8_offset(s, len, 0), 0);
	assert_int_equal(utf8_offset(s, len, 1), 1);
	assert_int_equal(utf8_offset(s, len, 2), 4);
	assert_int_equal(utf8_offset(s, len, 3), 6);
	assert_int_equal(utf8_offset(s, len, 4), 10);
	assert_int_equal(utf8_offset(s, len, 5), len);
	assert_int_equal(utf8_offset(s, len, 99), len);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decodes_each_length),
		cmocka_unit_test(test_rejects_with_maximal_subparts),
		cmocka_unit_test(test_encode_round_trips),
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_count_and_offset),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
