/*
 * wrap.h - paragraphs wrapped to a width in screen columns, cached.
 *
 * Widths are display widths (wcwidth: wide characters take two columns,
 * combining marks none).  Lines break at spaces; a word wider than the
 * width breaks between characters, never before a zero-width character.
 * Only the paragraphs asked for are wrapped, so the cost follows what is
 * on the screen, not the size of the article.  No curses here.
 */
#ifndef TANDA_UI_WRAP_H
#define TANDA_UI_WRAP_H

#include <stddef.h>
#include <stdint.h>

#include "article.h"

/* One screen line of a paragraph: bytes [start, start + len) of its text. */
struct wrap_line {
	size_t start;
	size_t len;
};

/* A paragraph wrapped to the cache's width. */
struct wrapped {
	size_t count;		/* lines (at least 1) */
	struct wrap_line *lines;
};

struct wrap_cache;

/* A new cache for article at width columns, or NULL when out of memory. */
struct wrap_cache *wrap_cache_new(const struct article *article, int width);

/* Free the cache; NULL is fine. */
void wrap_cache_free(struct wrap_cache *cache);

/* Change the width; wrapped paragraphs are forgotten and rewrapped lazily. */
void wrap_cache_set_width(struct wrap_cache *cache, int width);

/* The cache's width. */
int wrap_cache_width(const struct wrap_cache *cache);

/* Paragraph index wrapped at the cache's width; valid until the width
 * changes or the cache is freed.  NULL when out of memory. */
const struct wrapped *wrap_paragraph(struct wrap_cache *cache, size_t index);

/* The number of lines paragraph index takes (1 when out of memory). */
size_t wrap_line_count(struct wrap_cache *cache, size_t index);

/* The display width of code point cp as tanda draws it (controls and
 * unprintable characters are drawn as one column). */
int wrap_char_width(uint32_t cp);

/* The display width of the len bytes of UTF-8 at s. */
int wrap_text_width(const char *s, size_t len);

/* How many bytes of the len at s fit in width columns, whole characters
 * only (zero-width ones stay with the character before them). */
size_t wrap_fit(const char *s, size_t len, int width);

#endif
