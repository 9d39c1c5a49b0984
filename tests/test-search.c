/*
 * test-search.c - plain-text search: smart case, accents matched as typed,
 * forward and backward from an offset, multibyte patterns, precomposed
 * and decomposed forms alike, typographic and plain quotes and dashes
 * alike, no locale needed, and bad patterns rejected.
 */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "search.h"

/* A text with names in three scripts, some repeated. */
static const char text[] =
	"Jose met Yoon. Then JOSE left; José stayed with 윤석열. "
	"Later jose and 윤석열 spoke with josé again.";

/* Compile pattern into s, expecting success. */
static void compile(struct search *s, const char *pattern)
{
	struct tanda_error err;

	assert_int_equal(search_compile(s, pattern, &err), TANDA_OK);
}

/* The start of the match of pattern in text from from (forward or not),
 * or -1 when there is none; the match must be as long as expected_len. */
static long find(const char *pattern, size_t from, int forward, size_t expected_len)
{
	struct search s;
	size_t start = 0, mlen = 0;
	int found;

	compile(&s, pattern);
	found = search_find(&s, text, strlen(text), from, forward, &start, &mlen);
	search_free(&s);
	if (!found)
		return -1;
	assert_int_equal(mlen, expected_len);
	return (long)start;
}

/* Every start of pattern in text going forward from 0, into starts; how
 * many there are. */
static size_t find_all(const char *pattern, size_t expected_len, long *starts, size_t cap)
{
	size_t n = 0;
	long at = find(pattern, 0, 1, expected_len);

	while (at >= 0 && n < cap) {
		starts[n++] = at;
		at = find(pattern, (size_t)at + 1, 1, expected_len);
	}
	return n;
}

/* The byte offset of the n-th (0-based) occurrence of needle in text. */
static long offset_of(const char *needle, int n)
{
	const char *p = strstr(text, needle);

	while (p != NULL && n-- > 0)
		p = strstr(p + 1, needle);
	assert_non_null(p);
	return p - text;
}

static void test_lowercase_pattern_ignores_case(void **state)
{
	long starts[8];

	(void)state;
	/* "jose" finds Jose, JOSE and jose, but not José */
	assert_int_equal(find_all("jose", 4, starts, 8), 3);
	assert_int_equal(starts[0], offset_of("Jose", 0));
	assert_int_equal(starts[1], offset_of("JOSE", 0));
	assert_int_equal(starts[2], offset_of("jose", 0));
}

static void test_capital_makes_case_matter(void **state)
{
	long starts[8];

	(void)state;
	assert_int_equal(find_all("Jose", 4, starts, 8), 1);
	assert_int_equal(starts[0], offset_of("Jose", 0));
	assert_int_equal(find_all("JOSE", 4, starts, 8), 1);
	assert_int_equal(starts[0], offset_of("JOSE", 0));
	assert_int_equal(find("jOSE", 0, 1, 4), -1);
}

static void test_accents_are_matched_as_typed(void **state)
{
	long starts[8];

	(void)state;
	/* "josé" (no capital) finds José and josé, never the unaccented ones */
	assert_int_equal(find_all("jos\xC3\xA9", 5, starts, 8), 2);
	assert_int_equal(starts[0], offset_of("Jos\xC3\xA9", 0));
	assert_int_equal(starts[1], offset_of("jos\xC3\xA9", 0));
	/* "José" finds José only: not josé, not Jose */
	assert_int_equal(find_all("Jos\xC3\xA9", 5, starts, 8), 1);
	assert_int_equal(starts[0], offset_of("Jos\xC3\xA9", 0));
	/* "JOSÉ" is case-sensitive: there is no JOSÉ */
	assert_int_equal(find("JOS\xC3\x89", 0, 1, 5), -1);
	/* an accented capital folds too: "josé" matches "JOSÉ" */
	{
		struct search s;
		size_t start, mlen;

		compile(&s, "jos\xC3\xA9");
		assert_int_equal(search_find(&s, "xx JOS\xC3\x89", 9, 0, 1, &start, &mlen), 1);
		assert_int_equal(start, 3);
		assert_int_equal(mlen, 5);
		search_free(&s);
	}
}

static void test_forward_starts_at_offset(void **state)
{
	long second = offset_of("jose", 0);

	(void)state;
	/* at the match itself: found there; one byte on: the next one */
	assert_int_equal(find("jose", (size_t)second, 1, 4), second);
	assert_int_equal(find("jos\xC3\xA9", (size_t)offset_of("Jos\xC3\xA9", 0) + 1, 1, 5),
			 offset_of("jos\xC3\xA9", 0));
	/* past the last match, or past the end: nothing */
	assert_int_equal(find("jose", (size_t)second + 1, 1, 4), -1);
	assert_int_equal(find("jose", strlen(text), 1, 4), -1);
	assert_int_equal(find("jose", strlen(text) + 10, 1, 4), -1);
}

static void test_backward_is_strictly_before(void **state)
{
	long jose = offset_of("JOSE", 0);

	(void)state;
	/* from a match: the one before it, not itself */
	assert_int_equal(find("jose", (size_t)jose, 0, 4), offset_of("Jose", 0));
	assert_int_equal(find("jose", (size_t)jose + 1, 0, 4), jose);
	assert_int_equal(find("jose", 0, 0, 4), -1);
	assert_int_equal(find("jose", offset_of("Jose", 0), 0, 4), -1);
	/* from past the end: the last match */
	assert_int_equal(find("jose", strlen(text) + 10, 0, 4), offset_of("jose", 0));
	assert_int_equal(find("jos\xC3\xA9", strlen(text), 0, 5), offset_of("jos\xC3\xA9", 0));
}

static void test_not_found(void **state)
{
	(void)state;
	assert_int_equal(find("maria", 0, 1, 5), -1);
	assert_int_equal(find("maria", strlen(text), 0, 5), -1);
	assert_int_equal(find("\xEB\xB0\x95", 0, 1, 3), -1);	/* 박 */
	/* a pattern longer than the text */
	{
		char longer[sizeof text + 8];

		snprintf(longer, sizeof longer, "%s more", text);
		assert_int_equal(find(longer, 0, 1, 0), -1);
	}
}

static void test_multibyte_pattern(void **state)
{
	const char *yoon = "\xEC\x9C\xA4\xEC\x84\x9D\xEC\x97\xB4";	/* 윤석열 */
	long starts[8];

	(void)state;
	assert_int_equal(find_all(yoon, 9, starts, 8), 2);
	assert_int_equal(starts[0], offset_of(yoon, 0));
	assert_int_equal(starts[1], offset_of(yoon, 1));
	assert_int_equal(find(yoon, strlen(text), 0, 9), offset_of(yoon, 1));
	assert_int_equal(find(yoon, (size_t)offset_of(yoon, 1), 0, 9), offset_of(yoon, 0));
	/* a pattern of the last syllable only never matches inside another */
	assert_int_equal(find("\xEC\x97\xB4", 0, 1, 3), offset_of(yoon, 0) + 6);
}

static void test_match_never_ends_inside_a_character(void **state)
{
	static const char decomposed[] = "kata Jose\xCC\x81 dan Jose.";
	struct search s;
	size_t start, len;
	int forward;

	(void)state;
	for (forward = 0; forward <= 1; forward++) {
		compile(&s, forward ? "Jose" : "jose");
		assert_true(search_find(&s, decomposed, sizeof decomposed - 1,
					forward ? 0 : sizeof decomposed - 1, forward, &start, &len));
		assert_int_equal(start, strlen("kata Jose\xCC\x81 dan "));
		search_free(&s);
	}
}

/* Where pattern first matches in t (forward from 0, or backward from the
 * end): 1 with the bytes of t it covers in *start and *len. */
static int found_in(const char *pattern, const char *t, int forward, size_t *start, size_t *len)
{
	struct search s;
	int found;

	compile(&s, pattern);
	found = search_find(&s, t, strlen(t), forward ? 0 : strlen(t), forward, start, len);
	search_free(&s);
	return found;
}

/* Whether pattern matches exactly the bytes `expected` of t, the first
 * time, searched forward and backward. */
static int matches(const char *pattern, const char *t, const char *expected)
{
	const char *at = strstr(t, expected);
	size_t start, len;
	int forward;

	assert_non_null(at);
	for (forward = 0; forward <= 1; forward++) {
		if (!found_in(pattern, t, forward, &start, &len))
			return 0;
		if (start != (size_t)(at - t) || len != strlen(expected))
			return 0;
	}
	return 1;
}

#define RAMIREZ_NFC "Ram\xC3\xADrez"
#define RAMIREZ_NFD "Rami\xCC\x81rez"

static void test_normalization_forms_match(void **state)
{
	size_t start, len;

	(void)state;
	/* either form finds the other, and the match is the text's own bytes */
	assert_true(matches(RAMIREZ_NFC, "kata " RAMIREZ_NFD ".", RAMIREZ_NFD));
	assert_true(matches(RAMIREZ_NFD, "kata " RAMIREZ_NFC ".", RAMIREZ_NFC));
	assert_true(matches("ram\xC3\xADrez", "KATA RAMI\xCC\x81REZ.", "RAMI\xCC\x81REZ"));
	/* a capital makes case matter in both forms */
	assert_false(matches(RAMIREZ_NFC, "kata rami\xCC\x81rez.", "rami\xCC\x81rez"));
	/* accents as typed: the bare letter is not the accented one */
	assert_false(matches("Ramirez", "kata " RAMIREZ_NFD ".", RAMIREZ_NFD));
	/* a pattern that starts with a mark never starts inside a letter */
	assert_false(found_in("\xCC\x81rez", "kata " RAMIREZ_NFD, 1, &start, &len));
	assert_false(found_in("\xCC\x81rez", "kata " RAMIREZ_NFD, 0, &start, &len));
	/* marks in another order are the same letter: a + dot below + acute */
	assert_true(matches("a\xCC\x81\xCC\xA3", "x a\xCC\xA3\xCC\x81 y", "a\xCC\xA3\xCC\x81"));
	/* the full case fold: "strasse" finds "Straße"; "s" is not half of ß */
	assert_true(matches("strasse", "die Stra\xC3\x9F" "e", "Stra\xC3\x9F" "e"));
	assert_true(matches("s", "\xC3\x9F s", "s"));
}

static void test_typographic_punctuation_matches_plain(void **state)
{
	static const char t[] =
		"\xE2\x80\x9CIni provokasi,\xE2\x80\x9D kata Yoon \xE2\x80\x93 Jum\xE2\x80\x99" "at.";

	(void)state;
	assert_true(matches("\"Ini", t, "\xE2\x80\x9CIni"));
	assert_true(matches("provokasi,\"", t, "provokasi,\xE2\x80\x9D"));
	assert_true(matches("jum'at", t, "Jum\xE2\x80\x99" "at"));
	assert_true(matches("'", t, "\xE2\x80\x99"));
	assert_true(matches("yoon - jum", t, "Yoon \xE2\x80\x93 Jum"));
	/* and the other way: a typographic pattern finds the plain text */
	assert_true(matches("\xE2\x80\x9Ekata\xE2\x80\x9D", "he said \"kata\" twice", "\"kata\""));
	assert_true(matches("a\xE2\x80\x94" "b", "x a-b y", "a-b"));
	/* a quote is still not a letter */
	assert_false(matches("\"ini", "Ini", "Ini"));
}

static void test_needs_no_locale(void **state)
{
	(void)state;
	setlocale(LC_ALL, "C");
	/* towlower under "C" folds ASCII only; Unicode's folding does not care */
	assert_true(matches("jos\xC3\xA9", "xx JOS\xC3\x89 yy", "JOS\xC3\x89"));
	assert_true(matches("\xCF\x83\xCE\xBF\xCF\x86\xCE\xAF\xCE\xB1",
			    "\xCE\xA3\xCE\x9F\xCE\xA6\xCE\x8A\xCE\x91", "\xCE\xA3\xCE\x9F\xCE\xA6\xCE\x8A\xCE\x91"));
	/* a capital outside ASCII makes case matter: "É" is one */
	assert_false(matches("\xC3\x89", "\xC3\xA9", "\xC3\xA9"));
	setlocale(LC_ALL, "C.UTF-8");
}

static void test_wrapping_round_and_bounded(void **state)
{
	struct search s;
	size_t start, len, n = 1 + 5000 * 2, i;
	char *marks = malloc(n + 1);

	(void)state;
	compile(&s, "jose");
	/* the first match that starts before an offset */
	assert_true(search_find_between(&s, text, strlen(text), 0, 5, &start, &len));
	assert_int_equal(start, 0);
	assert_false(search_find_between(&s, text, strlen(text), 0, 0, &start, &len));
	assert_false(search_find_between(&s, text, strlen(text), 1, 15, &start, &len));
	assert_true(search_find_between(&s, text, strlen(text), 1, 25, &start, &len));
	assert_int_equal(start, offset_of("JOSE", 0));
	search_free(&s);
	/* a letter under 5,000 marks is one character, compared as none */
	assert_non_null(marks);
	marks[0] = 'a';
	for (i = 1; i < n; i += 2)
		memcpy(marks + i, "\xCC\x81", 2);
	marks[n] = '\0';
	compile(&s, "a");
	assert_false(search_find(&s, marks, n, 0, 1, &start, &len));
	assert_false(search_find(&s, marks, n, n, 0, &start, &len));
	search_free(&s);
	free(marks);
}

static void test_bad_patterns_are_rejected(void **state)
{
	struct search s;
	struct tanda_error err;
	char zalgo[2 + 40 * 2] = "a";
	int i;

	(void)state;
	assert_int_equal(search_compile(&s, "ab\xFF", &err), TANDA_EUSAGE);
	assert_non_null(strstr(err.message, "UTF-8"));
	for (i = 0; i < 40; i++)
		strcat(zalgo, "\xCC\x81");
	assert_int_equal(search_compile(&s, zalgo, &err), TANDA_EUSAGE);
	assert_non_null(strstr(err.message, "code points"));
	assert_null(s.pattern);
}

static void test_empty_pattern_is_rejected(void **state)
{
	struct search s;
	struct tanda_error err;

	(void)state;
	assert_int_equal(search_compile(&s, "", &err), TANDA_EUSAGE);
	assert_non_null(strstr(err.message, "empty"));
	assert_null(s.pattern);
	search_free(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lowercase_pattern_ignores_case),
		cmocka_unit_test(test_capital_makes_case_matter),
		cmocka_unit_test(test_accents_are_matched_as_typed),
		cmocka_unit_test(test_forward_starts_at_offset),
		cmocka_unit_test(test_backward_is_strictly_before),
		cmocka_unit_test(test_not_found),
		cmocka_unit_test(test_multibyte_pattern),
		cmocka_unit_test(test_match_never_ends_inside_a_character),
		cmocka_unit_test(test_normalization_forms_match),
		cmocka_unit_test(test_typographic_punctuation_matches_plain),
		cmocka_unit_test(test_needs_no_locale),
		cmocka_unit_test(test_wrapping_round_and_bounded),
		cmocka_unit_test(test_bad_patterns_are_rejected),
		cmocka_unit_test(test_empty_pattern_is_rejected),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
