/*
 * test-unicode.c - categories and case without a locale, NFC, case
 * folding across normalization forms, and grapheme cluster boundaries.
 */
#include <locale.h>
#include <string.h>

#include "fixture.h"
#include "strbuf.h"
#include "unicode.h"

/* "Ramírez" precomposed, and with i + U+0301 COMBINING ACUTE ACCENT. */
#define RAMIREZ_NFC "Ram\xC3\xADrez"
#define RAMIREZ_NFD "Rami\xCC\x81rez"

static void test_categories_need_no_locale(void **state)
{
	(void)state;
	setlocale(LC_ALL, "C");
	assert_true(unicode_is_upper(0xC9));		/* É */
	assert_true(unicode_is_upper(0x0130));		/* İ */
	assert_true(unicode_is_letter(0xC724));		/* 윤 */
	assert_true(unicode_is_letter(0x0645));		/* م */
	assert_false(unicode_is_letter('5'));
	assert_true(unicode_is_mark(0x0301));
	assert_true(unicode_is_space(0x00A0));
	assert_true(unicode_is_punct(0x201C));		/* “ */
	assert_int_equal(unicode_lower(0xC9), 0xE9);
	assert_int_equal(unicode_upper('i'), 'I');	/* not İ, whatever the locale */
}

/* Append f(s) to a fresh strbuf and compare with expected. */
static void expect_mapped(int (*f)(const char *, size_t, struct strbuf *), const char *s,
			  const char *expected)
{
	struct strbuf sb = STRBUF_INIT;

	assert_int_equal(f(s, strlen(s), &sb), 0);
	assert_string_equal(strbuf_str(&sb), expected);
	strbuf_release(&sb);
}

static void test_nfc_and_fold(void **state)
{
	(void)state;
	expect_mapped(unicode_nfc, RAMIREZ_NFD, RAMIREZ_NFC);
	expect_mapped(unicode_nfc, RAMIREZ_NFC, RAMIREZ_NFC);
	expect_mapped(unicode_nfc, "", "");
	expect_mapped(unicode_fold_string, RAMIREZ_NFD, "ram\xC3\xADrez");
	expect_mapped(unicode_fold_string, "RAM\xC3\x8DREZ", "ram\xC3\xADrez");
	assert_true(unicode_is_nfc(RAMIREZ_NFC, strlen(RAMIREZ_NFC)));
	assert_false(unicode_is_nfc(RAMIREZ_NFD, strlen(RAMIREZ_NFD)));
}

static void test_nfc_refuses_invalid(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	assert_int_equal(unicode_nfc("a\xCC\x81\xFF", 4, &sb), -1);
	strbuf_release(&sb);
}

static void test_grapheme_boundaries(void **state)
{
	const char *s = RAMIREZ_NFD;	/* R a m i U+0301 r e z */
	size_t len = strlen(s);

	(void)state;
	assert_true(unicode_is_grapheme_boundary(s, len, 3));	/* before i */
	assert_false(unicode_is_grapheme_boundary(s, len, 4));	/* between i and its accent */
	assert_false(unicode_is_grapheme_boundary(s, len, 5));	/* inside the accent */
	assert_true(unicode_is_grapheme_boundary(s, len, 6));	/* after the accent */
	assert_int_equal(unicode_grapheme_next(s, len, 3), 6);
	assert_int_equal(unicode_grapheme_next(s, len, 4), 6);
	assert_int_equal(unicode_grapheme_prev(s, len, 6), 3);
	assert_int_equal(unicode_grapheme_floor(s, len, 5), 3);
	assert_int_equal(unicode_grapheme_next(s, len, len), len);
	assert_int_equal(unicode_grapheme_prev(s, len, 0), 0);
}

static void test_grapheme_flags_and_emoji(void **state)
{
	/* Two flags (four regional indicators), then a family emoji joined by ZWJ. */
	const char *s = "\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9" "\xF0\x9F\x87\xB0\xF0\x9F\x87\xB7"
			"\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9";
	size_t len = strlen(s);

	(void)state;
	assert_int_equal(unicode_grapheme_next(s, len, 0), 8);
	assert_int_equal(unicode_grapheme_next(s, len, 8), 16);
	assert_int_equal(unicode_grapheme_next(s, len, 16), len);
	assert_false(unicode_is_grapheme_boundary(s, len, 4));
	assert_false(unicode_is_grapheme_boundary(s, len, 20));
	assert_int_equal(unicode_grapheme_prev(s, len, len), 16);
}

static void test_long_cluster_is_bounded(void **state)
{
	/* a, then 2,000 combining marks: the floor is found within the bound. */
	size_t n = 1 + 2000 * 2, i;
	char *s = malloc(n);

	(void)state;
	assert_non_null(s);
	s[0] = 'a';
	for (i = 1; i < n; i += 2)
		memcpy(s + i, "\xCC\x81", 2);
	assert_true(unicode_grapheme_floor(s, n, n - 2) <= n - 2);
	assert_true(unicode_grapheme_next(s, n, 0) <= n);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_categories_need_no_locale),
		cmocka_unit_test(test_nfc_and_fold),
		cmocka_unit_test(test_nfc_refuses_invalid),
		cmocka_unit_test(test_grapheme_boundaries),
		cmocka_unit_test(test_grapheme_flags_and_emoji),
		cmocka_unit_test(test_long_cluster_is_bounded),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
