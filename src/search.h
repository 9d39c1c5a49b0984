/*
 * search.h - finding text in an article, as the reader's / and ? do.
 *
 * A pattern is plain text (no regular expressions).  It matches without
 * regard to case unless it has a capital letter ("smart case"; case
 * folded by Unicode's rules, whatever the locale).  Text is compared as
 * a reader sees it: a precomposed letter and its decomposed form match
 * each other (NFC), straight and typographic quotes, apostrophes and
 * dashes match each other (" “ ” „ « », ' ‘ ’ ʼ, - ‐ – — −), and a match
 * covers whole characters (grapheme clusters) only, so "jose" does not
 * find "josé" in either form.  Accents are matched as typed: é does not
 * match e.
 */
#ifndef TANDA_SEARCH_H
#define TANDA_SEARCH_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

struct search {
	char *pattern;		/* the pattern as typed (heap) */
	size_t len;		/* its length in bytes */
	int ignore_case;	/* no capital letter in it */
	uint32_t *key;		/* its code points as compared: NFC, folded when
				 * ignore_case, quotes and dashes plain (heap) */
	size_t nkey;
	uint32_t lead;		/* the first code point of key[0] decomposed */
};

/* Compile pattern into s; fails with TANDA_EUSAGE for an empty or
 * ill-formed pattern, or one with a character of more than 32 code
 * points. */
enum tanda_status search_compile(struct search *s, const char *pattern,
				 struct tanda_error *err);

/* Free what s holds; a zeroed s is fine. */
void search_free(struct search *s);

/*
 * Find the first match in text[0, len) that starts at or after from
 * (forward) or the last that starts strictly before from (backward).
 * Returns 1 and the match's bytes of the text as it is in *start and
 * *mlen (NFC is only for comparing: a decomposed "é" found by "é" is its
 * three bytes), or 0 when there is none.  O(len - from) forward, O(from)
 * backward.
 */
int search_find(const struct search *s, const char *text, size_t len, size_t from,
		int forward, size_t *start, size_t *mlen);

/* The first match in text[0, len) that starts in [from, until) (a
 * search going round the end; the matches on a screen): 1 and its bytes,
 * or 0.  O(until - from), and the match's length. */
int search_find_between(const struct search *s, const char *text, size_t len, size_t from,
			size_t until, size_t *start, size_t *mlen);

#endif
