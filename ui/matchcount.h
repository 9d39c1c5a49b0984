/*
 * matchcount.h - where the current search match is among all of them, for
 * the status line's "/Korea [2/14]", counted lazily and bounded.  No
 * curses here.
 *
 * Matches are counted as n finds them (each start after the one before,
 * so overlapping ones count), and never past MATCHCOUNT_MAX: beyond it
 * the status line says ">999".  The total is counted once per pattern;
 * the current match's place from the last place known, so that n and N
 * cost what the search itself does.  A pattern that matches everywhere
 * (a 20 MB line of "a" searched for "a") stops at MATCHCOUNT_MAX
 * matches, whatever the text's size.
 */
#ifndef TANDA_UI_MATCHCOUNT_H
#define TANDA_UI_MATCHCOUNT_H

#include <stddef.h>

#include "search.h"

/* The most matches counted. */
#define MATCHCOUNT_MAX 999

struct matchcount {
	const struct search *search;	/* what the counts are of (NULL: nothing yet) */
	unsigned long generation;	/* which search it was: a new one is counted anew */
	size_t total;			/* matches, at most MATCHCOUNT_MAX + 1 (past it) */
	size_t at;			/* the match whose place is known */
	size_t index;			/* its place, 1-based, at most MATCHCOUNT_MAX + 1 */
};

/* Forget every count (another article, a new search). */
void matchcount_reset(struct matchcount *m);

/* Count for search s (the caller's generation-th: a new pattern or a new
 * text is a new generation) in the len bytes at text, with the current
 * match at byte start: its place into *index and the total into *total,
 * each MATCHCOUNT_MAX + 1 when past the most counted. */
void matchcount_get(struct matchcount *m, const struct search *s, unsigned long generation,
		    const char *text, size_t len, size_t start, size_t *index, size_t *total);

#endif
