/*
 * search.c - plain-text search with smart case: memmem when case matters,
 * a folding byte scan for ASCII patterns, and code point comparison with
 * towlower for the rest.
 */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "search.h"
#include "utf8.h"

/* Lowercase an ASCII byte; other bytes are left alone. */
static unsigned char fold_byte(unsigned char b)
{
	return b >= 'A' && b <= 'Z' ? (unsigned char)(b | 0x20) : b;
}

/* Whether the pattern has a capital letter. */
static int has_capital(const char *p, size_t len)
{
	size_t i = 0;

	while (i < len) {
		uint32_t cp;
		int n = utf8_decode(p + i, len - i, &cp);

		if (iswupper((wint_t)cp))
			return 1;
		i += (size_t)(n < 0 ? -n : n);
	}
	return 0;
}

enum tanda_status search_compile(struct search *s, const char *pattern,
				 struct tanda_error *err)
{
	size_t i;

	memset(s, 0, sizeof *s);
	s->len = strlen(pattern);
	if (s->len == 0)
		return tanda_fail(err, TANDA_EUSAGE, "empty search pattern");
	s->pattern = strdup(pattern);
	if (s->pattern == NULL)
		return tanda_fail(err, TANDA_ENOMEM, "out of memory");
	s->ignore_case = !has_capital(pattern, s->len);
	s->ascii = 1;
	for (i = 0; i < s->len; i++)
		if ((unsigned char)pattern[i] >= 0x80)
			s->ascii = 0;
	if (s->ignore_case && s->ascii)
		for (i = 0; i < s->len; i++)
			s->pattern[i] = (char)fold_byte((unsigned char)s->pattern[i]);
	return TANDA_OK;
}

void search_free(struct search *s)
{
	free(s->pattern);
	memset(s, 0, sizeof *s);
}

/* The length of the match of s at text + at (len bytes in all), or 0. */
static size_t match_bytes(const struct search *s, const char *text, size_t len, size_t at)
{
	size_t i = 0, j = at;

	if (!s->ignore_case)
		return len - at >= s->len && memcmp(text + at, s->pattern, s->len) == 0 ? s->len : 0;
	if (s->ascii) {
		if (len - at < s->len)
			return 0;
		for (; i < s->len; i++)
			if (fold_byte((unsigned char)text[at + i]) != (unsigned char)s->pattern[i])
				return 0;
		return s->len;
	}
	while (i < s->len) {
		uint32_t a, b;
		int n, m;

		if (j >= len)
			return 0;
		n = utf8_decode(s->pattern + i, s->len - i, &a);
		m = utf8_decode(text + j, len - j, &b);
		if (towlower((wint_t)a) != towlower((wint_t)b))
			return 0;
		i += (size_t)(n < 0 ? -n : n);
		j += (size_t)(m < 0 ? -m : m);
	}
	return j - at;
}

/* Whether a match ending at byte end stops inside a character: before a
 * combining mark, so that "jose" does not find "jose" + U+0301. */
static int ends_inside_character(const char *text, size_t len, size_t end)
{
	uint32_t cp;

	if (end >= len || (unsigned char)text[end] < 0x80)
		return 0;
	return utf8_decode(text + end, len - end, &cp) > 0 && wcwidth((wchar_t)cp) == 0;
}

/* Forward search for a case-sensitive pattern. */
static int find_exact(const struct search *s, const char *text, size_t len, size_t from,
		      size_t *start)
{
	const char *hit;

	while ((hit = memmem(text + from, len - from, s->pattern, s->len)) != NULL) {
		*start = (size_t)(hit - text);
		if (!ends_inside_character(text, len, *start + s->len))
			return 1;
		from = *start + 1;
	}
	return 0;
}

/* The length of the match of s at text + at (len bytes in all), or 0;
 * compared as match_bytes does, but never ending inside a character. */
static size_t match_at(const struct search *s, const char *text, size_t len, size_t at)
{
	size_t n = match_bytes(s, text, len, at);

	return n > 0 && !ends_inside_character(text, len, at + n) ? n : 0;
}

/* Forward search comparing character by character. */
static int find_folded(const struct search *s, const char *text, size_t len, size_t from,
		       size_t *start, size_t *mlen)
{
	unsigned char first = (unsigned char)s->pattern[0];
	size_t i;

	for (i = from; i < len; i++) {
		if (s->ascii && fold_byte((unsigned char)text[i]) != first)
			continue;
		if (utf8_is_continuation((unsigned char)text[i]))
			continue;
		if ((*mlen = match_at(s, text, len, i)) > 0) {
			*start = i;
			return 1;
		}
	}
	return 0;
}

int search_find(const struct search *s, const char *text, size_t len, size_t from,
		int forward, size_t *start, size_t *mlen)
{
	size_t i;

	if (forward) {
		if (from >= len)
			return 0;
		if (!s->ignore_case) {
			*mlen = s->len;
			return find_exact(s, text, len, from, start);
		}
		return find_folded(s, text, len, from, start, mlen);
	}
	for (i = from > len ? len : from; i-- > 0;) {
		if (utf8_is_continuation((unsigned char)text[i]))
			continue;
		if ((*mlen = match_at(s, text, len, i)) > 0) {
			*start = i;
			return 1;
		}
	}
	return 0;
}
