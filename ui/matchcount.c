/*
 * matchcount.c - counting search matches for the status line, at most
 * MATCHCOUNT_MAX + 1 of them in a range, from the place known last.
 */
#include <stdint.h>

#include "matchcount.h"

void matchcount_reset(struct matchcount *m)
{
	m->search = NULL;
	m->generation = 0;
	m->total = m->index = 0;
	m->at = SIZE_MAX;
}

/* The matches of s that start in [from, until) of text, one after each
 * start as n finds them, at most limit. */
static size_t count_between(const struct search *s, const char *text, size_t len, size_t from,
			    size_t until, size_t limit)
{
	size_t n = 0, start, mlen;

	while (n < limit && from < until &&
	       search_find_between(s, text, len, from, until, &start, &mlen)) {
		n++;
		from = start + 1;
	}
	return n;
}

/* The place of the match at start, from the place known last when there
 * is one to count from, else from the text's start. */
static size_t place_of(struct matchcount *m, const char *text, size_t len, size_t start)
{
	const size_t past = MATCHCOUNT_MAX + 1;
	size_t n;

	if (m->at != SIZE_MAX && m->index < past && m->at <= start)
		n = m->index + count_between(m->search, text, len, m->at, start, past);
	else if (m->at != SIZE_MAX && m->index < past)
		n = m->index - count_between(m->search, text, len, start, m->at, m->index - 1);
	else
		n = 1 + count_between(m->search, text, len, 0, start, past);
	return n < past ? n : past;
}

void matchcount_get(struct matchcount *m, const struct search *s, unsigned long generation,
		    const char *text, size_t len, size_t start, size_t *index, size_t *total)
{
	if (m->search != s || m->generation != generation) {
		matchcount_reset(m);
		m->search = s;
		m->generation = generation;
		m->total = count_between(s, text, len, 0, len, MATCHCOUNT_MAX + 1);
	}
	if (m->at != start) {
		m->index = place_of(m, text, len, start);
		m->at = start;
	}
	*index = m->index;
	*total = m->total;
}
