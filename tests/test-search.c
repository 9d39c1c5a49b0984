/*
 * test-search.c - plain-text search: smart case, accents matched as typed,
 * forward and backward from an offset, multibyte patterns, and the empty
 * pattern rejected.
 */
#include <locale.h>
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
		cmocka_unit_test(test_empty_pattern_is_rejected),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
