/*
 * test-matchcount.c - the search match's place among all for the status
 * line: counted as n finds them, forward and back from the place known,
 * round the end, a new pattern counted anew, and never past 999.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "matchcount.h"

/* The place and total of the match at start for pattern in text. */
static void place(struct matchcount *m, const struct search *s, unsigned long generation,
		  const char *text, size_t start, size_t *index, size_t *total)
{
	matchcount_get(m, s, generation, text, strlen(text), start, index, total);
}

static void test_walking_both_ways(void **state)
{
	const char *text = "Korea x Korea y korea z KOREA\nKorea\n";
	struct tanda_error err;
	struct search s;
	struct matchcount m;
	size_t index, total;

	(void)state;
	assert_int_equal(search_compile(&s, "korea", &err), TANDA_OK);
	matchcount_reset(&m);
	place(&m, &s, 1, text, 8, &index, &total);	/* the second */
	assert_int_equal(index, 2);
	assert_int_equal(total, 5);
	place(&m, &s, 1, text, 30, &index, &total);	/* n, n, n: the last */
	assert_int_equal(index, 5);
	place(&m, &s, 1, text, 0, &index, &total);	/* round the end to the first */
	assert_int_equal(index, 1);
	place(&m, &s, 1, text, 16, &index, &total);
	assert_int_equal(index, 3);
	search_free(&s);
	assert_int_equal(search_compile(&s, "x", &err), TANDA_OK);
	place(&m, &s, 2, text, 6, &index, &total);	/* a new pattern: counted anew */
	assert_int_equal(index, 1);
	assert_int_equal(total, 1);
	search_free(&s);
}

static void test_overlapping_as_n_finds_them(void **state)
{
	struct tanda_error err;
	struct search s;
	struct matchcount m;
	size_t index, total;

	(void)state;
	assert_int_equal(search_compile(&s, "aa", &err), TANDA_OK);
	matchcount_reset(&m);
	place(&m, &s, 1, "aaaa", 2, &index, &total);
	assert_int_equal(index, 3);
	assert_int_equal(total, 3);
	search_free(&s);
}

static void test_stops_past_999(void **state)
{
	size_t n = 5 * 1000 * 1000, index, total;
	char *text = malloc(n + 1);
	struct tanda_error err;
	struct search s;
	struct matchcount m;

	(void)state;
	assert_non_null(text);
	memset(text, 'a', n);
	text[n] = '\0';
	assert_int_equal(search_compile(&s, "a", &err), TANDA_OK);
	matchcount_reset(&m);
	place(&m, &s, 1, text, 10, &index, &total);
	assert_int_equal(index, 11);
	assert_int_equal(total, MATCHCOUNT_MAX + 1);
	place(&m, &s, 1, text, n - 1, &index, &total);	/* the last: past 999 */
	assert_int_equal(index, MATCHCOUNT_MAX + 1);
	place(&m, &s, 1, text, 500, &index, &total);	/* back: counted from the start */
	assert_int_equal(index, 501);
	search_free(&s);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_walking_both_ways),
		cmocka_unit_test(test_overlapping_as_n_finds_them),
		cmocka_unit_test(test_stops_past_999),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
