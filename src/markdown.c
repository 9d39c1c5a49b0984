/*
 * markdown.c - a Markdown body through cmark's tree, walked with its
 * iterator (no recursion, however deep the quotes and lists nest); and,
 * on request, the pieces each paragraph's text was made of, with where
 * cmark says they are (markdown-place.c maps the text back to the file
 * with them).
 */
#include <stdlib.h>
#include <cmark.h>

#include "grow.h"
#include "markdown.h"

/* The paragraph being gathered. */
struct gather {
	struct blocks *blocks;
	struct strbuf text;
	uint32_t line;		/* its first line in the file */
	uint32_t first_line;	/* the body's first line in the file */
	int failed;
	struct markdown_map *map;	/* NULL: no pieces wanted */
	size_t first_piece;	/* the paragraph's first piece in map */
	size_t first_raw;	/* and where its text begins in map->raw */
};

void markdown_map_init(struct markdown_map *map)
{
	strbuf_init(&map->raw);
	map->pieces = NULL;
	map->count = map->alloc = 0;
}

void markdown_map_release(struct markdown_map *map)
{
	strbuf_release(&map->raw);
	free(map->pieces);
	markdown_map_init(map);
}

/* Record len bytes at s, of a node of kind at node, as a piece of the
 * paragraph being gathered (when pieces are wanted). */
static void add_piece(struct gather *g, enum markdown_piece_kind kind, cmark_node *node,
		      const char *s, size_t len)
{
	struct markdown_map *map = g->map;
	struct markdown_piece *p;

	if (map == NULL)
		return;
	if (GROW(map->pieces, map->alloc, map->count + 1) != 0) {
		g->failed = 1;
		return;
	}
	p = &map->pieces[map->count++];
	p->block = (uint32_t)g->blocks->count;
	p->kind = kind;
	p->at = map->raw.len;
	p->len = len;
	p->line = cmark_node_get_start_line(node);
	p->column = cmark_node_get_start_column(node);
	strbuf_add(&map->raw, s, len);
	g->failed |= !strbuf_ok(&map->raw);
}

/* Append the len bytes at s, of node, to the paragraph being gathered. */
static void add_text(struct gather *g, enum markdown_piece_kind kind, cmark_node *node,
		     const char *s, size_t len)
{
	strbuf_add(&g->text, s, len);
	add_piece(g, kind, node, s, len);
}

/* Whether node's text is a paragraph of its own. */
static int is_text_block(cmark_node_type type)
{
	return type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING;
}

/* End the paragraph being gathered; its pieces go when it adds nothing. */
static void flush(struct gather *g)
{
	size_t before = g->blocks->count;

	g->failed |= !strbuf_ok(&g->text) ||
		     blocks_add(g->blocks, g->text.buf ? g->text.buf : "", g->text.len, g->line) != 0;
	strbuf_reset(&g->text);
	if (g->map != NULL && g->blocks->count == before) {
		g->map->count = g->first_piece;
		strbuf_setlen(&g->map->raw, g->first_raw);
	}
}

/* Start a paragraph at node. */
static void start(struct gather *g, cmark_node *node)
{
	strbuf_reset(&g->text);
	g->line = g->first_line + (uint32_t)cmark_node_get_start_line(node) - 1;
	if (g->map != NULL) {
		g->first_piece = g->map->count;
		g->first_raw = g->map->raw.len;
	}
}

/* Take one step of the walk: an event on node. */
static void step(struct gather *g, cmark_event_type event, cmark_node *node)
{
	cmark_node_type type = cmark_node_get_type(node);
	const char *literal;

	if (is_text_block(type)) {
		if (event == CMARK_EVENT_ENTER)
			start(g, node);
		else
			flush(g);
		return;
	}
	if (event != CMARK_EVENT_ENTER)
		return;
	literal = cmark_node_get_literal(node);
	if (literal == NULL)
		literal = "";
	switch (type) {
	case CMARK_NODE_TEXT:
		add_text(g, MARKDOWN_TEXT, node, literal, strlen(literal));
		break;
	case CMARK_NODE_CODE:
		add_text(g, MARKDOWN_CODE, node, literal, strlen(literal));
		break;
	case CMARK_NODE_SOFTBREAK:
		add_text(g, MARKDOWN_BREAK, node, " ", 1);
		break;
	case CMARK_NODE_LINEBREAK:
		add_text(g, MARKDOWN_HARD_BREAK, node, " ", 1);
		break;
	case CMARK_NODE_CODE_BLOCK:
		start(g, node);
		add_text(g, MARKDOWN_CODE, node, literal, strlen(literal));
		flush(g);
		break;
	default:
		break;	/* containers, raw HTML, thematic breaks */
	}
}

enum tanda_status markdown_read(const char *bytes, size_t size, uint32_t first_line,
				const char *name, struct blocks *blocks, struct markdown_map *map,
				struct tanda_error *err)
{
	struct gather g = { blocks, STRBUF_INIT, 0, first_line, 0, map, 0, 0 };
	cmark_node *document;
	cmark_iter *iter;
	cmark_event_type event;

	if (size > MARKDOWN_MAX_SIZE)
		return tanda_fail(err, TANDA_EDATA, "%s: larger than %zu MiB (the Markdown limit; "
				  "--from text reads it as text)", name, MARKDOWN_MAX_SIZE >> 20);
	document = cmark_parse_document(bytes, size, CMARK_OPT_DEFAULT);
	iter = document ? cmark_iter_new(document) : NULL;
	if (iter == NULL) {
		cmark_node_free(document);
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", name);
	}
	while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE && !g.failed)
		step(&g, event, cmark_iter_get_node(iter));
	cmark_iter_free(iter);
	cmark_node_free(document);
	strbuf_release(&g.text);
	if (g.failed)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", name);
	return TANDA_OK;
}
