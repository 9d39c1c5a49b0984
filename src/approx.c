/*
 * approx.c - approximate matching over code points with bit vectors:
 * Myers' algorithm for the columns of the edit distance table, 64 rows to
 * a machine word, the words of a long pattern chained as Hyyrö's blocks
 * (each block hands the horizontal difference at its bottom row to the
 * next).  Rows below the pattern's last one, in its last block, take part
 * in the arithmetic but never reach the rows above them: carries and
 * shifts only run downward.
 *
 * A pattern's code points are hashed (open addressing) to their rows in
 * two tables of match vectors, one for the pattern read forward, one for
 * it read backward; a code point the pattern lacks matches no row (row 0
 * of each table is all zeros).
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "approx.h"

/* The rows of one word. */
#define WORD_BITS 64

/* The slot of code point cp in ap's hash: its own, or the empty one
 * where it would go. */
static size_t slot_of(const struct approx *ap, uint32_t cp)
{
	size_t mask = ap->nslots - 1, i = (size_t)(cp * UINT32_C(2654435761)) & mask;

	while (ap->slots[i] != 0 && ap->keys[ap->slots[i]] != cp)
		i = (i + 1) & mask;
	return i;
}

/* The match vectors of cp in table (forward or backward). */
static const uint64_t *match_of(const struct approx *ap, const uint64_t *table, uint32_t cp)
{
	return table + (size_t)ap->slots[slot_of(ap, cp)] * ap->blocks;
}

/* Allocate ap's tables for a pattern of m code points; 0 on success. */
static int allocate(struct approx *ap, size_t m)
{
	size_t rows = m + 1;

	ap->blocks = (m + WORD_BITS - 1) / WORD_BITS;
	for (ap->nslots = 16; ap->nslots < 2 * m; ap->nslots *= 2)
		;
	ap->keys = calloc(rows, sizeof *ap->keys);
	ap->slots = calloc(ap->nslots, sizeof *ap->slots);
	ap->forward = calloc(rows * ap->blocks, sizeof *ap->forward);
	ap->backward = calloc(rows * ap->blocks, sizeof *ap->backward);
	ap->pv = calloc(ap->blocks, sizeof *ap->pv);
	ap->mv = calloc(ap->blocks, sizeof *ap->mv);
	return ap->keys && ap->slots && ap->forward && ap->backward && ap->pv && ap->mv ? 0 : -1;
}

int approx_init(struct approx *ap, const uint32_t *pattern, size_t m)
{
	size_t i;

	memset(ap, 0, sizeof *ap);
	if (m == 0 || m > APPROX_PATTERN_MAX || allocate(ap, m) != 0) {
		approx_release(ap);
		return -1;
	}
	ap->m = m;
	for (i = 0; i < m; i++) {
		size_t slot = slot_of(ap, pattern[i]), back = m - 1 - i;
		size_t row;

		if (ap->slots[slot] == 0) {
			ap->slots[slot] = (uint32_t)++ap->distinct;
			ap->keys[ap->distinct] = pattern[i];
		}
		row = ap->slots[slot];
		ap->forward[row * ap->blocks + i / WORD_BITS] |= UINT64_C(1) << (i % WORD_BITS);
		ap->backward[row * ap->blocks + back / WORD_BITS] |= UINT64_C(1) << (back % WORD_BITS);
	}
	return 0;
}

void approx_release(struct approx *ap)
{
	free(ap->keys);
	free(ap->slots);
	free(ap->forward);
	free(ap->backward);
	free(ap->pv);
	free(ap->mv);
	memset(ap, 0, sizeof *ap);
}

/* Start a new table: column 0, where row i is i. */
static void first_column(struct approx *ap)
{
	size_t b;

	for (b = 0; b < ap->blocks; b++) {
		ap->pv[b] = ~UINT64_C(0);
		ap->mv[b] = 0;
	}
}

/*
 * Work out the next column from the match vectors eq of its text code
 * point, hin the difference entering the top row (0 when a match may
 * start anywhere, 1 when it starts at the first column); returns the
 * difference of the pattern's last row (-1, 0 or 1).
 */
static int next_column(struct approx *ap, const uint64_t *eq, int hin)
{
	size_t b, last = ap->blocks - 1;
	unsigned r = (unsigned)((ap->m - 1) % WORD_BITS);
	int bottom = 0;

	for (b = 0; b < ap->blocks; b++) {
		uint64_t neg = hin < 0, pos = hin > 0, pv = ap->pv[b], mv = ap->mv[b];
		uint64_t e = eq[b], xv = e | mv, xh, ph, mh;

		e |= neg;
		xh = (((e & pv) + pv) ^ pv) | e;
		ph = mv | ~(xh | pv);
		mh = pv & xh;
		if (b == last)
			bottom = (int)((ph >> r) & 1) - (int)((mh >> r) & 1);
		hin = (int)(ph >> (WORD_BITS - 1)) - (int)(mh >> (WORD_BITS - 1));
		ph = (ph << 1) | pos;
		mh = (mh << 1) | neg;
		ap->pv[b] = mh | ~(xv | ph);
		ap->mv[b] = ph & xv;
	}
	return bottom;
}

uint64_t approx_search(struct approx *ap, const uint32_t *text, size_t n, unsigned k,
		       approx_end_fn fn, void *context)
{
	size_t pending = 0, j;
	unsigned last = UINT_MAX, pending_distance = UINT_MAX;
	long score = (long)ap->m;

	first_column(ap);
	for (j = 0; j < n; j++) {
		unsigned distance;

		score += next_column(ap, match_of(ap, ap->forward, text[j]), 0);
		distance = score <= (long)k ? (unsigned)score : UINT_MAX;
		if (pending > 0 && pending_distance <= distance)
			fn(context, pending, pending_distance);
		pending = distance <= k && distance <= last ? j + 1 : 0;
		pending_distance = last = distance;
	}
	if (pending > 0)
		fn(context, pending, pending_distance);
	return (uint64_t)n * ap->blocks;
}

/* How far a length of t code points is from m. */
static size_t length_gap(size_t t, size_t m)
{
	return t > m ? t - m : m - t;
}

size_t approx_align(struct approx *ap, const uint32_t *text, size_t end, unsigned k,
		    unsigned *distance, uint64_t *cost)
{
	size_t m = ap->m, limit = end < m + k ? end : m + k, best_t = 0, t;
	long score = (long)m, best = (long)m;

	first_column(ap);
	for (t = 1; t <= limit; t++) {
		score += next_column(ap, match_of(ap, ap->backward, text[end - t]), 1);
		if (score < best || (score == best && length_gap(t, m) < length_gap(best_t, m))) {
			best = score;
			best_t = t;
		}
	}
	*distance = (unsigned)best;
	*cost += (uint64_t)limit * ap->blocks;
	return end - best_t;
}
