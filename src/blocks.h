/*
 * blocks.h - the paragraphs that a reader of a marked-up format (HTML,
 * Markdown) finds, gathered as plain text: one paragraph per line, its
 * whitespace normalized as a text file's would be, with the line of the
 * source file where each began.  article.c loads this text as a file of
 * lines.
 */
#ifndef TANDA_BLOCKS_H
#define TANDA_BLOCKS_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "strbuf.h"

struct blocks {
	struct strbuf text;	/* every paragraph followed by '\n' */
	uint32_t *lines;	/* the source line of each paragraph */
	size_t count, alloc;
};

/* Set blocks up empty. */
void blocks_init(struct blocks *blocks);

/* Free what blocks holds and leave it empty. */
void blocks_release(struct blocks *blocks);

/*
 * Add the len bytes at s as a paragraph that began on line: runs of
 * whitespace become one space, and the ends are trimmed; text of nothing
 * but spaces (no-break ones included) adds nothing.  0, or -1 when out of
 * memory.
 */
int blocks_add(struct blocks *blocks, const char *s, size_t len, uint32_t line);

#endif
