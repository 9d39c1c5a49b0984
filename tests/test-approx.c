/*
 * test-approx.c - the bit-vector matcher against the plain edit distance
 * table it stands for: random patterns of 1 to 300 code points (one to
 * five blocks, so that differences cross words) over small alphabets,
 * every local-minimum end and its distance, and the alignment's start;
 * one pattern of APPROX_PATTERN_MAX code points; and what it refuses.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "approx.h"
#include "fixture.h"

/* A small deterministic generator (xorshift). */
static uint32_t next_random(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return (uint32_t)(*s >> 11);
}

/* The distance of the best match of p[m] ending at each index of t[n]
 * (a match may start anywhere), into out[n + 1], by the plain table. */
static void plain_search(const uint32_t *p, size_t m, const uint32_t *t, size_t n, unsigned *out)
{
	unsigned *col = malloc((m + 1) * sizeof *col);
	size_t i, j;

	assert_non_null(col);
	for (i = 0; i <= m; i++)
		col[i] = (unsigned)i;
	out[0] = (unsigned)m;
	for (j = 0; j < n; j++) {
		unsigned diag = col[0], left = 0;

		col[0] = 0;
		for (i = 1; i <= m; i++) {
			unsigned up = col[i], v = p[i - 1] == t[j] ? diag : 1 + up;

			if (p[i - 1] != t[j] && 1 + diag < v)
				v = 1 + diag;
			if (1 + left < v)
				v = 1 + left;
			diag = up;
			col[i] = left = v;
		}
		out[j + 1] = col[m];
	}
	free(col);
}

/* What the callback saw: ends and distances. */
struct seen {
	size_t ends[4096];
	unsigned distances[4096];
	size_t count;
};

static void collect(void *context, size_t end, unsigned distance)
{
	struct seen *s = context;

	assert_true(s->count < 4096);
	s->ends[s->count] = end;
	s->distances[s->count++] = distance;
}

/* The ends the plain table gives, by the same local-minimum rule. */
static void plain_ends(const unsigned *d, size_t n, unsigned k, struct seen *s)
{
	size_t pending = 0, j;
	unsigned last = UINT_MAX, pending_distance = UINT_MAX;

	s->count = 0;
	for (j = 0; j < n; j++) {
		unsigned distance = d[j + 1] <= k ? d[j + 1] : UINT_MAX;

		if (pending > 0 && pending_distance <= distance)
			collect(s, pending, pending_distance);
		pending = distance <= k && distance <= last ? j + 1 : 0;
		pending_distance = last = distance;
	}
	if (pending > 0)
		collect(s, pending, pending_distance);
}

/* The plain edit distance of p[m] and t[a, b). */
static unsigned plain_distance(const uint32_t *p, size_t m, const uint32_t *t, size_t a,
			       size_t b)
{
	size_t n = b - a;
	unsigned *prev = malloc((n + 1) * sizeof *prev), *cur = malloc((n + 1) * sizeof *cur);
	unsigned result;
	size_t i, j;

	assert_true(prev != NULL && cur != NULL);
	for (j = 0; j <= n; j++)
		prev[j] = (unsigned)j;
	for (i = 1; i <= m; i++) {
		unsigned *swap;

		cur[0] = (unsigned)i;
		for (j = 1; j <= n; j++) {
			unsigned v = prev[j - 1] + (p[i - 1] != t[a + j - 1]);

			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			cur[j] = v;
		}
		swap = prev;
		prev = cur;
		cur = swap;
	}
	result = prev[n];
	free(prev);
	free(cur);
	return result;
}

/* One random case: the ends and distances agree with the table, and each
 * alignment's distance is what the plain table says of its span. */
static void check_case(uint64_t *seed, size_t m, size_t n, uint32_t alphabet)
{
	uint32_t *p = malloc(m * sizeof *p), *t = malloc(n * sizeof *t);
	unsigned *d = malloc((n + 1) * sizeof *d);
	struct seen *want = calloc(1, sizeof *want), *got = calloc(1, sizeof *got);
	struct approx ap;
	unsigned k = (unsigned)(m / 4);
	size_t i;

	assert_true(p && t && d && want && got);
	for (i = 0; i < m; i++)
		p[i] = 0x3B1 + next_random(seed) % alphabet;	/* Greek, past ASCII */
	for (i = 0; i < n; i++)
		t[i] = next_random(seed) % 3 ? p[next_random(seed) % m] : 0x3B1 + alphabet;
	if (n > m + 4)	/* a copy with a difference or two, somewhere */
		for (i = 0; i < m; i++)
			t[n / 3 + i] = i == m / 2 ? 0x41 : p[i];
	plain_search(p, m, t, n, d);
	plain_ends(d, n, k, want);
	assert_int_equal(approx_init(&ap, p, m), 0);
	assert_int_equal(approx_search(&ap, t, n, k, collect, got), (uint64_t)n * ap.blocks);
	assert_int_equal(got->count, want->count);
	for (i = 0; i < got->count; i++) {
		unsigned distance;
		uint64_t cost = 0;
		size_t start;

		assert_int_equal(got->ends[i], want->ends[i]);
		assert_int_equal(got->distances[i], want->distances[i]);
		start = approx_align(&ap, t, got->ends[i], k, &distance, &cost);
		assert_true(start <= got->ends[i] && cost > 0);
		assert_int_equal(distance, plain_distance(p, m, t, start, got->ends[i]));
		assert_int_equal(distance, got->distances[i]);	/* the best start found */
	}
	approx_release(&ap);
	free(p);
	free(t);
	free(d);
	free(want);
	free(got);
}

static void test_agrees_with_the_table(void **state)
{
	static const size_t lengths[] = { 1, 2, 5, 63, 64, 65, 100, 127, 128, 129, 200, 300 };
	uint64_t seed = 0x9E3779B97F4A7C15u;
	size_t i, round;

	(void)state;
	for (round = 0; round < 4; round++)
		for (i = 0; i < sizeof lengths / sizeof lengths[0]; i++)
			check_case(&seed, lengths[i], 3 * lengths[i] + 40, round % 2 ? 3 : 12);
}

static void test_finds_a_changed_copy(void **state)
{
	const char *quote = "naik menjadi 5.000 won";
	const char *text = "harga kopi naik menjadi 5.500 won bulan ini";
	uint32_t p[64], t[64];
	struct seen *got = calloc(1, sizeof *got);
	struct approx ap;
	unsigned distance;
	uint64_t cost = 0;
	size_t m = strlen(quote), n = strlen(text), i, start;

	(void)state;
	for (i = 0; i < m; i++)
		p[i] = (unsigned char)quote[i];
	for (i = 0; i < n; i++)
		t[i] = (unsigned char)text[i];
	assert_int_equal(approx_init(&ap, p, m), 0);
	approx_search(&ap, t, n, (unsigned)(m / 4), collect, got);
	assert_int_equal(got->count, 1);
	assert_int_equal(got->ends[0], 33);	/* after "won" */
	assert_int_equal(got->distances[0], 1);
	start = approx_align(&ap, t, got->ends[0], (unsigned)(m / 4), &distance, &cost);
	assert_int_equal(start, 11);	/* "naik" */
	assert_int_equal(distance, 1);
	approx_release(&ap);
	free(got);
}

static void test_longest_pattern(void **state)
{
	uint32_t *p = malloc(APPROX_PATTERN_MAX * sizeof *p);
	uint32_t *t = malloc((APPROX_PATTERN_MAX + 100) * sizeof *t);
	struct seen *got = calloc(1, sizeof *got);
	struct approx ap;
	size_t i;

	(void)state;
	assert_true(p && t && got);
	for (i = 0; i < APPROX_PATTERN_MAX; i++)
		p[i] = 0x4E00 + (uint32_t)i;	/* every code point different */
	for (i = 0; i < APPROX_PATTERN_MAX + 100; i++)
		t[i] = i < 50 || i >= APPROX_PATTERN_MAX + 50 ? 0x20 : p[i - 50];
	t[2000] = 0x20;
	assert_int_equal(approx_init(&ap, p, APPROX_PATTERN_MAX), 0);
	approx_search(&ap, t, APPROX_PATTERN_MAX + 100, APPROX_PATTERN_MAX / 4, collect, got);
	assert_int_equal(got->count, 1);
	assert_int_equal(got->ends[0], APPROX_PATTERN_MAX + 50);
	assert_int_equal(got->distances[0], 1);
	approx_release(&ap);
	assert_int_equal(approx_init(&ap, p, APPROX_PATTERN_MAX + 1), -1);
	assert_int_equal(approx_init(&ap, p, 0), -1);
	free(p);
	free(t);
	free(got);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_agrees_with_the_table),
		cmocka_unit_test(test_finds_a_changed_copy),
		cmocka_unit_test(test_longest_pattern),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
