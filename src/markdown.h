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

/*
 * Read the size bytes at bytes, the body of the file called name that
 * begins on its line first_line, into blocks (set up with blocks_init;
 * free with blocks_release).  Fails with TANDA_EDATA past the size limit,
 * TANDA_ENOMEM.
 */
enum tanda_status markdown_read(const char *bytes, size_t size, uint32_t first_line,
				const char *name, struct blocks *blocks, struct tanda_error *err);

#endif
