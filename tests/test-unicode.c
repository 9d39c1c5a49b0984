/*
 * test-unicode.c - categories and case without a locale, NFC, case
 * folding across normalization forms, and grapheme cluster boundaries.
 */
#include <locale.h>
#include <string.h>
#include <utf8proc.h>

#include "fixture.h"
#include "strbuf.h"
#include "unicode.h"
#include "utf8.h"

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

/* The boundaries of s found by one stateful scan from its start: the
 * reference the local answers must agree with. */
static void reference_boundaries(const char *s, size_t len, char *is)
{
	utf8proc_int32_t state = 0;
	uint32_t prev = 0, cp;
	size_t i = 0;
	int n;

	memset(is, 0, len + 1);
	is[0] = is[len] = 1;
	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		if (i > 0 && utf8proc_grapheme_break_stateful((utf8proc_int32_t)prev,
							      (utf8proc_int32_t)cp, &state))
			is[i] = 1;
		prev = cp;
		i += (size_t)(n < 0 ? -n : n);
	}
}

static void test_local_answers_agree_with_a_full_scan(void **state)
{
	/* Latin with decomposed accents, a space before a mark, three regional
	 * indicators after a word, an emoji ZWJ sequence with a skin tone, Hangul
	 * jamo (L V T), Devanagari with a virama, CR LF, a prepended mark. */
	static const char s[] =
		"Rami\xCC\x81rez e\xCC\x81\xCC\xA3 \xCC\x81x "
		"ab\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9\xF0\x9F\x87\xB0z "
		"\xF0\x9F\x91\xA9\xF0\x9F\x8F\xBD\xE2\x80\x8D\xF0\x9F\x9A\x80! "
		"\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8 \xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xB7 "
		"a\r\nb \xD8\x80" "1 \xE2\x80\x8D\xE2\x80\x8D.";
	size_t len = sizeof s - 1, i;
	char is[sizeof s];

	(void)state;
	reference_boundaries(s, len, is);
	for (i = 0; i <= len; i++) {
		size_t floor = i, next = i + 1;

		while (!is[floor])
			floor--;
		while (next < len && !is[next])
			next++;
		assert_int_equal(unicode_is_grapheme_boundary(s, len, i), is[i]);
		assert_int_equal(unicode_grapheme_floor(s, len, i), floor);
		if (i < len)
			assert_int_equal(unicode_grapheme_next(s, len, i), next > len ? len : next);
		assert_int_equal(unicode_grapheme_ceil(s, len, i), is[i] ? i : (next > len ? len : next));
	}
}

static void test_canonical_and_fold(void **state)
{
	uint32_t out[8];

	(void)state;
	assert_int_equal(unicode_canonical("i\xCC\x81", 3, 0, out, 8), 1);
	assert_int_equal(out[0], 0xED);				/* í */
	assert_int_equal(unicode_canonical("I\xCC\x81", 3, 1, out, 8), 1);
	assert_int_equal(out[0], 0xED);
	assert_int_equal(unicode_canonical("\xC3\x9F", 2, 1, out, 8), 2);	/* ß: ss */
	assert_int_equal(out[0], 's');
	assert_int_equal(unicode_canonical("Q", 1, 1, out, 8), 1);
	assert_int_equal(out[0], 'q');
	assert_int_equal(unicode_canonical("Q", 1, 0, out, 8), 1);
	assert_int_equal(out[0], 'Q');
	assert_int_equal(unicode_canonical("a\xCC\x81\xCC\x81\xCC\x81", 7, 0, out, 2), (size_t)-1);
	assert_int_equal(unicode_canonical("\xFF", 1, 0, out, 8), (size_t)-1);
	assert_int_equal(unicode_fold(0x3A3), 0x3C3);		/* Σ: σ */
	assert_int_equal(unicode_fold(0x3C2), 0x3C3);		/* ς: σ */
	assert_int_equal(unicode_fold(0xDF), 0xDF);		/* ß stays */
	assert_int_equal(unicode_fold('A'), 'a');
	assert_int_equal(unicode_base(0xE9), 'e');		/* é */
	assert_int_equal(unicode_base(0xD55C), 0x1112);		/* 한: ᄒ */
	assert_int_equal(unicode_base('x'), 'x');
}

/* Whether a and b (strings) are equal folded. */
static int equal_folded(const char *a, const char *b)
{
	return unicode_equal_folded(a, strlen(a), b, strlen(b));
}

static void test_equal_folded(void **state)
{
	(void)state;
	assert_true(equal_folded("RAM\xC3\x8DREZ", RAMIREZ_NFD));
	assert_true(equal_folded(RAMIREZ_NFC, RAMIREZ_NFD));
	assert_true(equal_folded("STRASSE", "stra\xC3\x9F" "e"));
	assert_true(equal_folded("", ""));
	assert_false(equal_folded("Ramirez", RAMIREZ_NFD));
	assert_false(equal_folded("Rami", RAMIREZ_NFD));
	assert_false(equal_folded(RAMIREZ_NFD, "Rami"));
	assert_false(equal_folded("stras", "stra\xC3\x9F"));	/* "s" is not half of ß */
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
		cmocka_unit_test(test_local_answers_agree_with_a_full_scan),
		cmocka_unit_test(test_canonical_and_fold),
		cmocka_unit_test(test_equal_folded),
		cmocka_unit_test(test_long_cluster_is_bounded),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
