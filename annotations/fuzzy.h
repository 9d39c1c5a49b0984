/*
 * fuzzy.h - approximate matching of a short text (a quote) in a longer
 * one: every place where it occurs with at most k differences (insertions,
 * deletions, substitutions of code points).  Plain logic: no SQLite here.
 */
#ifndef TANDA_FUZZY_H
#define TANDA_FUZZY_H

#include <stddef.h>
#include <stdint.h>

/* The matcher's scratch space, reused from search to search; zero it
 * before the first use, free it with fuzzy_release. */
struct fuzzy {
	uint32_t *pattern, *reversed;	/* the quote, decoded, both ways */
	unsigned *column, *back;	/* the matcher's columns, both ways */
	size_t pattern_alloc, reversed_alloc, column_alloc, back_alloc;
	size_t m;			/* the quote's code points */
	uint32_t *text;			/* a piece of text, decoded */
	size_t *offsets;		/* each one's byte offset, and the end's */
	size_t text_alloc, offsets_alloc;
};

/* Called with each match found: bytes [start, end) of the text searched,
 * and its distance from the quote. */
typedef void (*fuzzy_offer_fn)(void *context, size_t start, size_t end, unsigned distance);

/* Make the len bytes of well-formed UTF-8 at s the quote looked for; 0 on
 * success, -1 when out of memory. */
int fuzzy_pattern(struct fuzzy *f, const char *s, size_t len);

/*
 * Offer every end of a match of the quote with at most k differences (k
 * less than its length) in bytes [from, to) of text (well-formed UTF-8,
 * one paragraph: no match spans a newline) that is a local minimum of the
 * distance, with the best start for it (among equally good ones, the one
 * that makes the match nearest the quote's length).  Sellers' algorithm
 * with Ukkonen's cut-off: about (to - from) * (k + 1) steps.  0 on
 * success, -1 when out of memory.
 */
int fuzzy_search(struct fuzzy *f, const char *text, size_t from, size_t to, size_t k,
		 fuzzy_offer_fn offer, void *context);

/* Free the scratch space. */
void fuzzy_release(struct fuzzy *f);

#endif
