/*
 * markdown-place.h - where a Markdown paragraph's text is in its file:
 * each byte of the normalized paragraph mapped to the bytes of the body
 * it came from, verified against them (the text's own characters, a
 * backslash escape, an entity, a line break), so that `tanda apply`
 * changes exactly the corrected words in the file and keeps its markup;
 * and text written into Markdown so that it reads back as itself.
 *
 * The map is built from cmark's own pieces (markdown.h) and the place
 * cmark gives each text node, checked character by character: a piece
 * whose characters are not where cmark says is left unmapped, and words
 * in it are refused, never guessed.
 */
#ifndef TANDA_MARKDOWN_PLACE_H
#define TANDA_MARKDOWN_PLACE_H

#include <stddef.h>
#include <stdint.h>

#include "blocks.h"
#include "error.h"
#include "markdown.h"
#include "strbuf.h"

/* What a byte of a paragraph's text stands on in the body. */
enum place_kind {
	PLACE_NONE,		/* nothing exact: code, markup, an unverified piece */
	PLACE_SAME,		/* the same byte */
	PLACE_CODED,		/* a backslash escape or an entity (shared by the
				 * bytes it decodes to) */
	PLACE_SPACE,		/* a space for a run of whitespace and line breaks */
};

/* One byte of a paragraph's text: the body's bytes [from, to) it stands
 * on. */
struct place_unit {
	size_t from, to;
	enum place_kind kind;
};

/* A Markdown body read again with its pieces, and its lines' starts. */
struct markdown_source {
	const char *body;
	size_t size;
	struct blocks blocks;
	struct markdown_map map;
	size_t *line_starts;	/* the byte where each line of the body starts */
	size_t lines, lines_alloc;
	size_t *piece_of;	/* the first piece of each block */
};

/* Parse the size bytes of body (the Markdown body of the file called
 * name, beginning on its line first_line) with their pieces into ms (free
 * with markdown_source_release).  TANDA_EDATA or TANDA_ENOMEM. */
enum tanda_status markdown_source_open(struct markdown_source *ms, const char *body,
				       size_t size, uint32_t first_line, const char *name,
				       struct tanda_error *err);

/* Free what ms holds. */
void markdown_source_release(struct markdown_source *ms);

/*
 * Map paragraph k (0-based) of ms, whose normalized text is text[len],
 * into units[len]: 0, or -1 when its pieces do not make that text (the
 * paragraph cannot be placed at all).
 */
int markdown_source_units(const struct markdown_source *ms, size_t k, const char *text,
			  size_t len, struct place_unit *units);

/*
 * Place the bytes [a, b) of a paragraph's text (units[len], mapped) in
 * the body: *from and *to, the bytes that hold exactly them (a == b: the
 * place to insert at, *from == *to).  NULL on success, else why they
 * cannot be placed exactly (a phrase for a message).
 */
const char *markdown_place(const struct place_unit *units, size_t len, size_t a, size_t b,
			   size_t *from, size_t *to);

/* Append the len bytes at s to out as Markdown text that reads back as
 * s: markup characters escaped; at_line_start says s begins a line (a
 * heading, list or quote marker there is escaped too). */
void markdown_escape(struct strbuf *out, const char *s, size_t len, int at_line_start);

/* Whether a line of Markdown may begin with the word s[len]: it opens no
 * block there (a heading, a list item, a quote, a setext underline). */
int markdown_may_start_line(const char *s, size_t len);

/* Whether byte at of body begins a line's content (only spaces, tabs and
 * block quote markers before it on its line). */
int markdown_at_line_start(const char *body, size_t at);

#endif
