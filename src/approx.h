/*
 * approx.h - approximate string matching over code points: Myers'
 * bit-vector algorithm (1999) in 64-row blocks (Hyyrö 2003), the edit
 * distance (insertions, deletions, substitutions) of a pattern against a
 * text in O(n * ceil(m / 64)) words, whatever the distances are.
 *
 * Re-anchoring uses it to find a quote that changed a little (anchor.c):
 * every end of a match within k differences that is a local minimum
 * (approx_search), then where the best alignment ending there starts
 * (approx_align).  Both return the words they worked through, so that a
 * caller can hold a budget.
 */
#ifndef TANDA_APPROX_H
#define TANDA_APPROX_H

#include <stddef.h>
#include <stdint.h>

/* The longest pattern, in code points (its tables take about
 * 16 * m * ceil(m / 64) bytes: 2 MiB at the most). */
#define APPROX_PATTERN_MAX 4096

/* A pattern prepared for matching: which rows each of its code points
 * matches, read forward (search) and backward (align). */
struct approx {
	size_t m, blocks;		/* code points; 64-row blocks */
	uint32_t *keys;			/* the pattern's distinct code points, hashed */
	uint32_t *slots;		/* index + 1 into the tables, 0 when empty */
	size_t nslots;			/* a power of two */
	uint64_t *forward, *backward;	/* blocks words per distinct code point */
	uint64_t *pv, *mv;		/* the column being worked on */
	size_t distinct;
};

/* Prepare the m code points at pattern (1 <= m <= APPROX_PATTERN_MAX);
 * 0, or -1 when out of memory.  Release with approx_release. */
int approx_init(struct approx *ap, const uint32_t *pattern, size_t m);

/* Free what approx_init took. */
void approx_release(struct approx *ap);

/* Called with each end (an index into the text: the match is before it)
 * whose distance is at most k and no more than the ends beside it. */
typedef void (*approx_end_fn)(void *context, size_t end, unsigned distance);

/* Search the n code points at text for the pattern with at most k
 * differences (a match may start anywhere), calling fn for every end that
 * is a local minimum of the distance.  Returns the words worked. */
uint64_t approx_search(struct approx *ap, const uint32_t *text, size_t n, unsigned k,
		       approx_end_fn fn, void *context);

/* The start of the best alignment of the whole pattern against text
 * ending at index end, at most m + k code points back: the fewest
 * differences, and of those the length nearest m.  Its distance goes in
 * *distance, the words worked are added to *cost. */
size_t approx_align(struct approx *ap, const uint32_t *text, size_t end, unsigned k,
		    unsigned *distance, uint64_t *cost);

#endif
