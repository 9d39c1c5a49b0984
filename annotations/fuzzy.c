/*
 * fuzzy.c - the approximate matcher: Sellers' algorithm (edit distance of
 * the quote against every substring ending at each text position) with
 * Ukkonen's cut-off (rows known to be over k are not computed), over code
 * points; each local minimum is aligned back to its best start by running
 * the matcher leftward over the reversed quote.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "fuzzy.h"
#include "grow.h"
#include "utf8.h"

/* Make room for a quote of m code points; 0 on success. */
static int reserve_pattern(struct fuzzy *f, size_t m)
{
	if (GROW(f->pattern, f->pattern_alloc, m + 1) != 0 ||
	    GROW(f->reversed, f->reversed_alloc, m + 1) != 0 ||
	    GROW(f->column, f->column_alloc, m + 1) != 0 ||
	    GROW(f->back, f->back_alloc, m + 1) != 0)
		return -1;
	return 0;
}

/* Make room for n code points of text; 0 on success. */
static int reserve_text(struct fuzzy *f, size_t n)
{
	if (GROW(f->text, f->text_alloc, n + 1) != 0 || GROW(f->offsets, f->offsets_alloc, n + 1) != 0)
		return -1;
	return 0;
}

/* Decode the len bytes at s into cps, and (when offsets is not NULL) the
 * byte offset of each plus base, and of the end; returns how many. */
static size_t decode(const char *s, size_t len, size_t base, uint32_t *cps, size_t *offsets)
{
	size_t i = 0, n = 0;

	while (i < len) {
		int step = utf8_decode(s + i, len - i, &cps[n]);

		if (offsets != NULL)
			offsets[n] = base + i;
		n++;
		i += (size_t)(step < 0 ? -step : step);
	}
	if (offsets != NULL)
		offsets[n] = base + i;
	return n;
}

int fuzzy_pattern(struct fuzzy *f, const char *s, size_t len)
{
	size_t i;

	if (reserve_pattern(f, len) != 0)	/* at most one code point a byte */
		return -1;
	f->m = decode(s, len, 0, f->pattern, NULL);
	for (i = 0; i < f->m; i++)
		f->reversed[i] = f->pattern[f->m - 1 - i];
	return 0;
}

/* The smallest of three. */
static unsigned min3(unsigned a, unsigned b, unsigned c)
{
	unsigned m = a < b ? a : b;

	return m < c ? m : c;
}

/* One column of the edit distance matcher, for text code point t: col
 * holds the column before and receives this one in rows 0 (set to first)
 * to top. */
static void matcher_column(const uint32_t *pattern, unsigned *col, size_t top, uint32_t t,
			   unsigned first)
{
	unsigned diag = col[0], left = first;
	size_t i;

	col[0] = first;
	for (i = 1; i <= top; i++) {
		unsigned up = col[i];
		unsigned value = pattern[i - 1] == t ? diag : 1 + min3(diag, up, left);

		diag = up;
		col[i] = left = value;
	}
}

/* The distance of a length of t code points from the quote's m. */
static size_t length_gap(size_t t, size_t m)
{
	return t > m ? t - m : m - t;
}

/* The start, in f->text, of the best alignment of the quote that ends at
 * index end: the matcher run leftward over the reversed quote, anchored at
 * end; its distance goes in *distance. */
static size_t align_start(struct fuzzy *f, size_t k, size_t end, unsigned *distance)
{
	unsigned *col = f->back;
	size_t m = f->m, limit = end < m + k ? end : m + k, best_t = 0, t, i;
	unsigned best = (unsigned)m;

	for (i = 0; i <= m; i++)
		col[i] = (unsigned)i;
	for (t = 1; t <= limit; t++) {
		matcher_column(f->reversed, col, m, f->text[end - t], (unsigned)t);
		if (col[m] < best || (col[m] == best && length_gap(t, m) < length_gap(best_t, m))) {
			best = col[m];
			best_t = t;
		}
	}
	*distance = best;
	return end - best_t;
}

/* Offer the match ending at index end of f->text. */
static void offer_at(struct fuzzy *f, size_t k, size_t end, fuzzy_offer_fn offer, void *context)
{
	unsigned distance;
	size_t start = align_start(f, k, end, &distance);

	offer(context, f->offsets[start], f->offsets[end], distance);
}

/* Sellers' algorithm over the n code points of f->text: offer every end
 * of a match with at most k differences that is a local minimum. */
static void sellers(struct fuzzy *f, size_t n, size_t k, fuzzy_offer_fn offer, void *context)
{
	unsigned *col = f->column;
	size_t m = f->m, top = k + 1, pending = 0, i, j;
	unsigned last = UINT_MAX, pending_distance = UINT_MAX;

	for (i = 0; i <= m; i++)
		col[i] = (unsigned)i;
	for (j = 0; j < n; j++) {
		unsigned distance = UINT_MAX;

		matcher_column(f->pattern, col, top, f->text[j], 0);
		while (col[top] > k)
			top--;
		if (top == m)
			distance = col[m];
		else
			top++;
		if (pending > 0 && pending_distance <= distance)
			offer_at(f, k, pending, offer, context);
		pending = distance <= k && distance <= last ? j + 1 : 0;
		pending_distance = last = distance;
	}
	if (pending > 0)
		offer_at(f, k, pending, offer, context);
}

int fuzzy_search(struct fuzzy *f, const char *text, size_t from, size_t to, size_t k,
		 fuzzy_offer_fn offer, void *context)
{
	size_t n;

	if (f->m == 0 || k >= f->m || to <= from)
		return 0;
	if (reserve_text(f, to - from) != 0)
		return -1;
	n = decode(text + from, to - from, from, f->text, f->offsets);
	if (n + k >= f->m)
		sellers(f, n, k, offer, context);
	return 0;
}

void fuzzy_release(struct fuzzy *f)
{
	free(f->pattern);
	free(f->reversed);
	free(f->column);
	free(f->back);
	free(f->text);
	free(f->offsets);
	memset(f, 0, sizeof *f);
}
