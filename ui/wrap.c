/*
 * wrap.c - greedy word wrapping by display width (wcwidth: what the
 * terminal uses), never inside a grapheme cluster, and the per-paragraph
 * cache of its results.
 */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "escape.h"
#include "grow.h"
#include "unicode.h"
#include "utf8.h"
#include "wrap.h"

struct wrap_cache {
	const struct article *article;
	int width;
	struct wrapped *items;		/* one per paragraph; count 0 = not wrapped */
	size_t *wrapped;		/* the indices wrapped so far */
	size_t nwrapped, capwrapped;
};

int wrap_char_width(uint32_t cp)
{
	int w;

	if (escape_is_control(cp))
		return 1;	/* drawn as a visible mark (bidi controls too) */
	w = wcwidth((wchar_t)cp);
	return w < 0 ? 1 : w;
}

/* Decode the character at s (len > 0 bytes); its length in *n. */
static uint32_t next_char(const char *s, size_t len, int *n)
{
	uint32_t cp;

	*n = utf8_decode(s, len, &cp);
	if (*n < 0)
		*n = -*n;
	return cp;
}

int wrap_text_width(const char *s, size_t len)
{
	size_t i = 0;
	int width = 0, n;

	while (i < len) {
		width += wrap_char_width(next_char(s + i, len - i, &n));
		i += (size_t)n;
	}
	return width;
}

size_t wrap_fit(const char *s, size_t len, int width)
{
	size_t i = 0;
	int used = 0, n;

	while (i < len) {
		int w = wrap_char_width(next_char(s + i, len - i, &n));

		if (w > 0 && used + w > width)
			break;
		used += w;
		i += (size_t)n;
	}
	return i;
}

/* Where a line with no space to break at is cut, byte i being the first
 * that does not fit: before the grapheme cluster holding it, so that a
 * flag or an emoji sequence is not split across lines (unless it alone is
 * wider than the line). */
static size_t hard_break(const char *s, size_t len, size_t i)
{
	size_t cut = unicode_grapheme_floor(s, len, i);

	return cut > 0 ? cut : i;
}

/* The length of the line that starts at s (len bytes left) at width, and
 * in *skip how many bytes to skip after it (the space it broke at). */
static size_t line_length(const char *s, size_t len, int width, size_t *skip)
{
	size_t i = 0, space = 0;
	int used = 0, has_space = 0, n;

	*skip = 0;
	while (i < len) {
		int w = wrap_char_width(next_char(s + i, len - i, &n));

		if (s[i] == ' ') {
			space = i;
			has_space = 1;
		}
		if (w > 0 && used + w > width && i > 0) {
			if (has_space && space > 0) {
				*skip = 1;
				return space;
			}
			return hard_break(s, len, i);
		}
		used += w;
		i += (size_t)n;
	}
	return len;
}

/* Wrap the len bytes at text into out at width; 0 on success. */
static int wrap_text(const char *text, size_t len, int width, struct wrapped *out)
{
	size_t alloc = 0, pos = 0;

	out->count = 0;
	out->lines = NULL;
	do {
		size_t skip, n = line_length(text + pos, len - pos, width, &skip);

		if (GROW(out->lines, alloc, out->count + 1) != 0) {
			free(out->lines);
			out->lines = NULL;
			return -1;
		}
		out->lines[out->count].start = pos;
		out->lines[out->count++].len = n;
		pos += n + skip;
	} while (pos < len);
	return 0;
}

struct wrap_cache *wrap_cache_new(const struct article *article, int width)
{
	struct wrap_cache *cache = calloc(1, sizeof *cache);

	if (cache == NULL)
		return NULL;
	cache->article = article;
	cache->width = width < 1 ? 1 : width;
	cache->items = calloc(article->count ? article->count : 1, sizeof *cache->items);
	if (cache->items == NULL) {
		free(cache);
		return NULL;
	}
	return cache;
}

/* Forget every wrapped paragraph. */
static void forget_all(struct wrap_cache *cache)
{
	size_t i;

	for (i = 0; i < cache->nwrapped; i++) {
		struct wrapped *w = &cache->items[cache->wrapped[i]];

		free(w->lines);
		w->lines = NULL;
		w->count = 0;
	}
	cache->nwrapped = 0;
}

void wrap_cache_free(struct wrap_cache *cache)
{
	if (cache == NULL)
		return;
	forget_all(cache);
	free(cache->items);
	free(cache->wrapped);
	free(cache);
}

void wrap_cache_set_width(struct wrap_cache *cache, int width)
{
	if (width < 1)
		width = 1;
	if (width == cache->width)
		return;
	forget_all(cache);
	cache->width = width;
}

int wrap_cache_width(const struct wrap_cache *cache)
{
	return cache->width;
}

/* Remember that index was wrapped; 0 on success. */
static int note_wrapped(struct wrap_cache *cache, size_t index)
{
	if (GROW(cache->wrapped, cache->capwrapped, cache->nwrapped + 1) != 0)
		return -1;
	cache->wrapped[cache->nwrapped++] = index;
	return 0;
}

const struct wrapped *wrap_paragraph(struct wrap_cache *cache, size_t index)
{
	struct wrapped *w = &cache->items[index];
	const struct paragraph *p = &cache->article->paragraphs[index];

	if (w->count > 0)
		return w;
	if (note_wrapped(cache, index) != 0)
		return NULL;
	if (wrap_text(cache->article->text + p->start, p->len, cache->width, w) != 0) {
		cache->nwrapped--;
		return NULL;
	}
	return w;
}

size_t wrap_line_count(struct wrap_cache *cache, size_t index)
{
	const struct wrapped *w = wrap_paragraph(cache, index);

	return w ? w->count : 1;
}
