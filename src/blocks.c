/*
 * blocks.c - gathering the paragraphs of a marked-up document as lines of
 * normalized text.
 */
#include <stdlib.h>

#include "blocks.h"
#include "grow.h"
#include "normalize.h"
#include "unicode.h"
#include "utf8.h"

void blocks_init(struct blocks *blocks)
{
	strbuf_init(&blocks->text);
	blocks->lines = NULL;
	blocks->count = blocks->alloc = 0;
}

void blocks_release(struct blocks *blocks)
{
	strbuf_release(&blocks->text);
	free(blocks->lines);
	blocks_init(blocks);
}

/* Whether the len bytes at s hold something besides spaces (Unicode's
 * separators, no-break spaces included) and NULs. */
static int has_content(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		uint32_t cp;
		int n = utf8_decode(s + i, len - i, &cp);

		if (n <= 0)
			return 1;	/* an ill-formed byte is something */
		if (cp != 0 && !unicode_is_space(cp))
			return 1;
		i += (size_t)n;
	}
	return 0;
}

int blocks_add(struct blocks *blocks, const char *s, size_t len, uint32_t line)
{
	size_t i, start = blocks->text.len;
	int space = 0;

	if (!has_content(s, len))
		return 0;
	if (GROW(blocks->lines, blocks->alloc, blocks->count + 1) != 0)
		return -1;
	for (i = 0; i < len; i++) {
		if (normalize_is_space(s[i]) || s[i] == '\0') {
			space = blocks->text.len > start;
			continue;
		}
		if (space)
			strbuf_addch(&blocks->text, ' ');
		space = 0;
		strbuf_addch(&blocks->text, s[i]);
	}
	strbuf_addch(&blocks->text, '\n');
	if (!strbuf_ok(&blocks->text))
		return -1;
	blocks->lines[blocks->count++] = line;
	return 0;
}
