/*
 * markdown.h - an article from a CommonMark (Markdown) file, parsed by
 * cmark: paragraphs, headings, list items, block quotes and code blocks
 * are paragraphs; emphasis, links, images and code spans are flattened to
 * their text; raw HTML is left out.  Front matter is taken off first, as
 * from a text file (article.c).
 */
#ifndef TANDA_MARKDOWN_H
#define TANDA_MARKDOWN_H

#include <stddef.h>
#include <stdint.h>

#include "blocks.h"
#include "error.h"

/* The largest Markdown body read, in bytes: cmark's tree can take a few
 * hundred bytes of memory per byte of a hostile file. */
#define MARKDOWN_MAX_SIZE ((size_t)2 << 20)

/* What a piece of a paragraph's text came from. */
enum markdown_piece_kind {
	MARKDOWN_TEXT,		/* a text node: the file's characters, escapes and
				 * entities decoded */
	MARKDOWN_CODE,		/* a code span or block */
	MARKDOWN_BREAK,		/* a soft line break: one space */
	MARKDOWN_HARD_BREAK,	/* a hard line break: one space too */
};

/* One piece of a paragraph's text, as cmark gathered it (before the
 * whitespace is normalized). */
struct markdown_piece {
	uint32_t block;		/* the paragraph: its index in the blocks */
	enum markdown_piece_kind kind;
	size_t at, len;		/* its bytes in the map's raw text */
	int line, column;	/* where cmark says its node starts in the body
				 * (1-based; the column in bytes); a hint only */
};

/* The pieces of every paragraph, in order; a paragraph's raw text (before
 * blocks_add normalizes it) is its pieces' bytes, one after another. */
struct markdown_map {
	struct strbuf raw;
	struct markdown_piece *pieces;
	size_t count, alloc;
};

/* Set map up empty. */
void markdown_map_init(struct markdown_map *map);

/* Free what map holds and leave it empty. */
void markdown_map_release(struct markdown_map *map);

/*
 * Read the size bytes at bytes, the body of the file called name that
 * begins on its line first_line, into blocks (set up with blocks_init;
 * free with blocks_release), and, when map is not NULL, each block's
 * pieces into map (set up with markdown_map_init).  Fails with TANDA_EDATA
 * past the size limit, TANDA_ENOMEM.
 */
enum tanda_status markdown_read(const char *bytes, size_t size, uint32_t first_line,
				const char *name, struct blocks *blocks, struct markdown_map *map,
				struct tanda_error *err);

#endif
