/*
 * search.c - plain-text search that compares what a reader sees: the
 * pattern and the text are compared one grapheme cluster at a time, each
 * in NFC (case folded for smart case, src/unicode.h), with typographic
 * quotes, apostrophes and dashes read as their plain ASCII forms.  The
 * text is never copied: a match is the bytes of the clusters it covers.
 *
 * Scanning is a byte loop over runs of ASCII (a cluster each, rejected
 * at once unless it is the pattern's first letter) and a cluster at a
 * time elsewhere, so a search costs O(the text) whatever the pattern.
 */
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "search.h"
#include "unicode.h"
#include "utf8.h"

/* The most code points one cluster may have once normalized; a longer
 * one (only in made-up text: a letter under dozens of marks) matches
 * nothing. */
#define CLUSTER_MAX 32

/* A range of code points compared as one plain character. */
struct plain_range {
	uint32_t lo, hi, plain;
};

/* Typographic quotes, apostrophes and dashes, and the ASCII character
 * each is compared as (in code point order). */
static const struct plain_range plain_forms[] = {
	{ 0x00AB, 0x00AB, '"' },	/* « */
	{ 0x00BB, 0x00BB, '"' },	/* » */
	{ 0x02BC, 0x02BC, '\'' },	/* modifier letter apostrophe */
	{ 0x2010, 0x2015, '-' },	/* hyphens, figure dash, en and em dash, bar */
	{ 0x2018, 0x201B, '\'' },	/* ‘ ’ ‚ ‛ */
	{ 0x201C, 0x201F, '"' },	/* “ ” „ ‟ */
	{ 0x2032, 0x2032, '\'' },	/* prime */
	{ 0x2033, 0x2033, '"' },	/* double prime */
	{ 0x2039, 0x203A, '\'' },	/* ‹ › */
	{ 0x2212, 0x2212, '-' },	/* minus sign */
	{ 0xFF02, 0xFF02, '"' },	/* full-width quotation mark */
	{ 0xFF07, 0xFF07, '\'' },	/* full-width apostrophe */
	{ 0xFF0D, 0xFF0D, '-' },	/* full-width hyphen-minus */
};

/* The character cp is compared as. */
static uint32_t plain(uint32_t cp)
{
	size_t i;

	if (cp < plain_forms[0].lo)
		return cp;
	for (i = 0; i < sizeof plain_forms / sizeof plain_forms[0]; i++)
		if (cp >= plain_forms[i].lo && cp <= plain_forms[i].hi)
			return plain_forms[i].plain;
	return cp;
}

/* The code points bytes [from, to) of text (one cluster) are compared
 * as, into out[CLUSTER_MAX]: how many, or (size_t)-1 for none that can
 * match. */
static size_t compared_as(const struct search *s, const char *text, size_t from, size_t to,
			  uint32_t *out)
{
	size_t n = unicode_canonical(text + from, to - from, s->ignore_case, out, CLUSTER_MAX), i;

	if (n == (size_t)-1)
		return n;
	for (i = 0; i < n; i++)
		out[i] = plain(out[i]);
	return n;
}

/* Whether the pattern has a capital letter. */
static int has_capital(const char *p, size_t len)
{
	size_t i = 0;

	while (i < len) {
		uint32_t cp;
		int n = utf8_decode(p + i, len - i, &cp);

		if (unicode_is_upper(cp))
			return 1;
		i += (size_t)(n < 0 ? -n : n);
	}
	return 0;
}

/* Fill s->key from s->pattern, cluster by cluster; 0 on success, -1 when
 * out of memory or a cluster is too long to compare. */
static int make_key(struct search *s)
{
	size_t alloc = 0, i = 0;

	while (i < s->len) {
		size_t end = unicode_grapheme_next(s->pattern, s->len, i), n;

		if (GROW(s->key, alloc, s->nkey + CLUSTER_MAX) != 0)
			return -1;
		n = compared_as(s, s->pattern, i, end, s->key + s->nkey);
		if (n == (size_t)-1)
			return -1;
		s->nkey += n;
		i = end;
	}
	return s->nkey > 0 ? 0 : -1;
}

/* The first code point of key[0] decomposed: the only ASCII character a
 * match can start with ("é" starts with "e" written e + U+0301). */
static uint32_t lead_of(const struct search *s)
{
	return unicode_base(s->key[0]);
}

enum tanda_status search_compile(struct search *s, const char *pattern,
				 struct tanda_error *err)
{
	memset(s, 0, sizeof *s);
	s->len = strlen(pattern);
	if (s->len == 0)
		return tanda_fail(err, TANDA_EUSAGE, "empty search pattern");
	if (!utf8_valid(pattern, s->len))
		return tanda_fail(err, TANDA_EUSAGE, "search pattern is not valid UTF-8");
	s->pattern = strdup(pattern);
	if (s->pattern == NULL)
		return tanda_fail(err, TANDA_ENOMEM, "out of memory");
	s->ignore_case = !has_capital(pattern, s->len);
	if (make_key(s) != 0) {
		search_free(s);
		return tanda_fail(err, TANDA_EUSAGE, "search pattern has a character of more "
				  "than %d code points", CLUSTER_MAX);
	}
	s->lead = lead_of(s);
	return TANDA_OK;
}

void search_free(struct search *s)
{
	free(s->pattern);
	free(s->key);
	memset(s, 0, sizeof *s);
}

/* The end of the match of s that starts at byte at (a cluster boundary)
 * of text, or 0: whole clusters whose compared code points are the key's. */
static size_t match_at(const struct search *s, const char *text, size_t len, size_t at)
{
	uint32_t cps[CLUSTER_MAX];
	size_t k = 0, i = at;

	while (k < s->nkey) {
		size_t end, n;

		if (i >= len)
			return 0;
		end = unicode_grapheme_next(text, len, i);
		n = compared_as(s, text, i, end, cps);
		if (n == (size_t)-1 || n > s->nkey - k ||
		    memcmp(cps, s->key + k, n * sizeof cps[0]) != 0)
			return 0;
		k += n;
		i = end;
	}
	return i;
}

/* The slots of struct starts. */
#define STARTS_SLOTS 64

/* Whether a match can start with a character, for the non-ASCII code
 * points met (direct-mapped: a text uses few of them, over and over). */
struct starts {
	uint32_t cp[STARTS_SLOTS];	/* 0: an empty slot */
	unsigned char can[STARTS_SLOTS];
};

/* The ASCII character b as compared. */
static uint32_t ascii_as(const struct search *s, unsigned char b)
{
	return s->ignore_case && b >= 'A' && b <= 'Z' ? (uint32_t)(b | 0x20) : b;
}

/*
 * Whether a match can start with the cluster at byte at of text: whether
 * its first code point, as compared, decomposes to the key's lead.  Marks
 * after it only compose with it, keeping that first code point, so this
 * never turns a match away.
 */
static int can_start(const struct search *s, struct starts *seen, const char *text,
		     size_t len, size_t at)
{
	uint32_t cp, alone[CLUSTER_MAX];
	int n = utf8_decode(text + at, len - at, &cp);
	size_t slot = cp % STARTS_SLOTS, k;

	if (cp < 0x80)
		return ascii_as(s, (unsigned char)cp) == s->lead;
	if (seen->cp[slot] != cp) {
		k = n > 0 ? compared_as(s, text, at, at + (size_t)n, alone) : (size_t)-1;
		seen->cp[slot] = cp;
		seen->can[slot] = k != (size_t)-1 && k > 0 && unicode_base(alone[0]) == s->lead;
	}
	return seen->can[slot];
}

/* i moved on over the ASCII bytes before until that no match starts
 * with (each a cluster of its own: ASCII after ASCII always is). */
static size_t skip_ascii(const struct search *s, const char *text, size_t i, size_t until)
{
	while (i < until && (unsigned char)text[i] < 0x80 && text[i] != '\r' &&
	       ascii_as(s, (unsigned char)text[i]) != s->lead)
		i++;
	return i;
}

/* The first match starting in [from, until) of text: 1 and its bytes,
 * or 0. */
static int find_forward(const struct search *s, const char *text, size_t len, size_t from,
			size_t until, size_t *start, size_t *end)
{
	struct starts seen;
	size_t i = unicode_grapheme_ceil(text, len, from), e;

	memset(&seen, 0, sizeof seen);
	while ((i = skip_ascii(s, text, i, until)) < until) {
		/* skipping a letter can land on its mark: never start there */
		if (unicode_is_grapheme_boundary(text, len, i) && can_start(s, &seen, text, len, i) &&
		    (e = match_at(s, text, len, i)) != 0) {
			*start = i;
			*end = e;
			return 1;
		}
		i = unicode_grapheme_next(text, len, i);
	}
	return 0;
}

/* The start of the cluster before byte i > 0 of text: the byte before
 * when both it and the one before it are plain ASCII. */
static size_t cluster_before(const char *text, size_t len, size_t i)
{
	if ((unsigned char)text[i - 1] < 0x80 &&
	    (i == 1 || ((unsigned char)text[i - 2] < 0x80 && text[i - 2] != '\r')))
		return i - 1;
	return unicode_grapheme_prev(text, len, i);
}

/* The last match starting before `before` in text: 1 and its bytes, or 0. */
static int find_backward(const struct search *s, const char *text, size_t len, size_t before,
			 size_t *start, size_t *end)
{
	struct starts seen;
	size_t i = before > len ? len : before, e;

	memset(&seen, 0, sizeof seen);
	while (i > 0) {
		i = cluster_before(text, len, i);
		if (can_start(s, &seen, text, len, i) && (e = match_at(s, text, len, i)) != 0) {
			*start = i;
			*end = e;
			return 1;
		}
	}
	return 0;
}

int search_find(const struct search *s, const char *text, size_t len, size_t from,
		int forward, size_t *start, size_t *mlen)
{
	size_t end;
	int found = forward ? find_forward(s, text, len, from, len, start, &end)
			    : find_backward(s, text, len, from, start, &end);

	if (found)
		*mlen = end - *start;
	return found;
}

int search_find_between(const struct search *s, const char *text, size_t len, size_t from,
			size_t until, size_t *start, size_t *mlen)
{
	size_t end;

	if (!find_forward(s, text, len, from, until < len ? until : len, start, &end))
		return 0;
	*mlen = end - *start;
	return 1;
}
