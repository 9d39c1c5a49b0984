/*
 * markdown.c - a Markdown body through cmark's tree, walked with its
 * iterator (no recursion, however deep the quotes and lists nest).
 */
#include <cmark.h>

#include "markdown.h"

/* The paragraph being gathered. */
struct gather {
	struct blocks *blocks;
	struct strbuf text;
	uint32_t line;		/* its first line in the file */
	uint32_t first_line;	/* the body's first line in the file */
	int failed;
};

/* Whether node's text is a paragraph of its own. */
static int is_text_block(cmark_node_type type)
{
	return type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING;
}

/* End the paragraph being gathered. */
static void flush(struct gather *g)
{
	g->failed |= !strbuf_ok(&g->text) ||
		     blocks_add(g->blocks, g->text.buf ? g->text.buf : "", g->text.len, g->line) != 0;
	strbuf_reset(&g->text);
}

/* Start a paragraph at node. */
static void start(struct gather *g, cmark_node *node)
{
	strbuf_reset(&g->text);
	g->line = g->first_line + (uint32_t)cmark_node_get_start_line(node) - 1;
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
	switch (type) {
	case CMARK_NODE_TEXT:
	case CMARK_NODE_CODE:
		literal = cmark_node_get_literal(node);
		strbuf_addstr(&g->text, literal ? literal : "");
		break;
	case CMARK_NODE_SOFTBREAK:
	case CMARK_NODE_LINEBREAK:
		strbuf_addch(&g->text, ' ');
		break;
	case CMARK_NODE_CODE_BLOCK:
		start(g, node);
		literal = cmark_node_get_literal(node);
		strbuf_addstr(&g->text, literal ? literal : "");
		flush(g);
		break;
	default:
		break;	/* containers, raw HTML, thematic breaks */
	}
}

enum tanda_status markdown_read(const char *bytes, size_t size, uint32_t first_line,
				const char *name, struct blocks *blocks, struct tanda_error *err)
{
	struct gather g = { blocks, STRBUF_INIT, 0, first_line, 0 };
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
