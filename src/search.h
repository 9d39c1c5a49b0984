/*
 * search.h - finding text in an article, as the reader's / and ? do.
 *
 * A pattern is plain text (no regular expressions).  It matches without
 * regard to case unless it has a capital letter ("smart case"); accents
 * are matched as typed (é does not match e).
 */
#ifndef TANDA_SEARCH_H
#define TANDA_SEARCH_H

#include <stddef.h>

#include "error.h"

struct search {
	char *pattern;		/* the pattern as typed (heap) */
	size_t len;		/* its length in bytes */
	int ignore_case;	/* no capital letter in it */
	int ascii;		/* only ASCII in it: the fast path */
};

/* Compile pattern into s; fails with TANDA_EUSAGE for an empty pattern. */
enum tanda_status search_compile(struct search *s, const char *pattern,
				 struct tanda_error *err);

/* Free what s holds; a zeroed s is fine. */
void search_free(struct search *s);

/*
 * Find the first match in text[0, len) that starts at or after from
 * (forward) or strictly before from (backward).  Returns 1 and the match's
 * bytes in *start and *mlen, or 0 when there is none.
 */
int search_find(const struct search *s, const char *text, size_t len, size_t from,
		int forward, size_t *start, size_t *mlen);

#endif
