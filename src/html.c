/*
 * html.c - an HTML page parsed by gumbo, walked twice without recursion
 * (the depth is the page's to choose): once over everything for the
 * metadata and the candidates for the article's root, once over the root
 * for the paragraphs.
 */
#include <gumbo.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html-charset.h"
#include "html-limits.h"
#include "html-meta.h"
#include "html.h"

/* How many <article> elements are weighed to find the main one. */
#define MAX_CANDIDATES 64

/* What an element is to the walk over the article. */
enum role {
	ROLE_INLINE,		/* its text joins the paragraph around it */
	ROLE_BLOCK,		/* its text is a paragraph of its own */
	ROLE_BREAK,		/* it ends the paragraph before it (div, section, ul...) */
	ROLE_SPACE,		/* a space: br, a table cell */
	ROLE_SKIP,		/* nothing of it is article text */
};

/* The role of each tag that is not inline. */
static const struct {
	GumboTag tag;
	enum role role;
} tag_roles[] = {
	{ GUMBO_TAG_P, ROLE_BLOCK }, { GUMBO_TAG_H1, ROLE_BLOCK }, { GUMBO_TAG_H2, ROLE_BLOCK },
	{ GUMBO_TAG_H3, ROLE_BLOCK }, { GUMBO_TAG_H4, ROLE_BLOCK }, { GUMBO_TAG_H5, ROLE_BLOCK },
	{ GUMBO_TAG_H6, ROLE_BLOCK }, { GUMBO_TAG_LI, ROLE_BLOCK },
	{ GUMBO_TAG_BLOCKQUOTE, ROLE_BLOCK }, { GUMBO_TAG_FIGCAPTION, ROLE_BLOCK },
	{ GUMBO_TAG_PRE, ROLE_BLOCK }, { GUMBO_TAG_DT, ROLE_BLOCK }, { GUMBO_TAG_DD, ROLE_BLOCK },
	{ GUMBO_TAG_TR, ROLE_BLOCK }, { GUMBO_TAG_CAPTION, ROLE_BLOCK },
	{ GUMBO_TAG_BR, ROLE_SPACE }, { GUMBO_TAG_TD, ROLE_SPACE }, { GUMBO_TAG_TH, ROLE_SPACE },
	{ GUMBO_TAG_WBR, ROLE_INLINE },
	{ GUMBO_TAG_DIV, ROLE_BREAK }, { GUMBO_TAG_SECTION, ROLE_BREAK },
	{ GUMBO_TAG_ARTICLE, ROLE_BREAK }, { GUMBO_TAG_MAIN, ROLE_BREAK },
	{ GUMBO_TAG_HEADER, ROLE_BREAK }, { GUMBO_TAG_FIGURE, ROLE_BREAK },
	{ GUMBO_TAG_UL, ROLE_BREAK }, { GUMBO_TAG_OL, ROLE_BREAK }, { GUMBO_TAG_DL, ROLE_BREAK },
	{ GUMBO_TAG_TABLE, ROLE_BREAK }, { GUMBO_TAG_HR, ROLE_BREAK },
	{ GUMBO_TAG_ADDRESS, ROLE_BREAK }, { GUMBO_TAG_DETAILS, ROLE_BREAK },
	{ GUMBO_TAG_CENTER, ROLE_BREAK }, { GUMBO_TAG_BODY, ROLE_BREAK },
	{ GUMBO_TAG_HTML, ROLE_BREAK },
	{ GUMBO_TAG_HEAD, ROLE_SKIP }, { GUMBO_TAG_TITLE, ROLE_SKIP },
	{ GUMBO_TAG_SCRIPT, ROLE_SKIP }, { GUMBO_TAG_STYLE, ROLE_SKIP },
	{ GUMBO_TAG_NOSCRIPT, ROLE_SKIP }, { GUMBO_TAG_TEMPLATE, ROLE_SKIP },
	{ GUMBO_TAG_SVG, ROLE_SKIP }, { GUMBO_TAG_MATH, ROLE_SKIP },
	{ GUMBO_TAG_IFRAME, ROLE_SKIP }, { GUMBO_TAG_OBJECT, ROLE_SKIP },
	{ GUMBO_TAG_EMBED, ROLE_SKIP }, { GUMBO_TAG_CANVAS, ROLE_SKIP },
	{ GUMBO_TAG_VIDEO, ROLE_SKIP }, { GUMBO_TAG_AUDIO, ROLE_SKIP },
	{ GUMBO_TAG_NAV, ROLE_SKIP }, { GUMBO_TAG_ASIDE, ROLE_SKIP },
	{ GUMBO_TAG_FORM, ROLE_SKIP }, { GUMBO_TAG_BUTTON, ROLE_SKIP },
	{ GUMBO_TAG_SELECT, ROLE_SKIP }, { GUMBO_TAG_TEXTAREA, ROLE_SKIP },
	{ GUMBO_TAG_FOOTER, ROLE_SKIP },
	{ GUMBO_TAG_MENU, ROLE_SKIP },
};

/* Words in a class, an id or a data-component that mark what is not the
 * article's text (compared in any case, anywhere in the value's word:
 * "share-bar", "jp-relatedposts"); Indonesian ones too (komentar,
 * terkait: related; baca juga, lihat juga: read also). */
static const char *const unwanted_words[] = {
	"share", "social", "comment", "related", "newsletter", "advert", "sidebar",
	"breadcrumb", "subscribe", "promo", "readmore", "read-more", "also", "sponsor",
	"cookie", "popup", "modal", "paywall", "komentar", "terkait", "bacajuga", "baca-juga",
	"lihatjg", "linksisip",
};

/* Parts of such a word (between "-" and "_") that mark advertising or
 * lists of tags, compared whole: "ads-inline", "detail__body-tag". */
static const char *const unwanted_parts[] = {
	"ad", "ads", "adv", "iklan", "hidden", "tag", "tags", "topics",
};

/* ARIA roles that are not the article's text. */
static const char *const unwanted_roles[] = {
	"navigation", "complementary", "banner", "contentinfo", "search", "dialog", "menu",
	"form", "alert",
};

/* The role of an element by its tag alone. */
static enum role tag_role(GumboTag tag)
{
	size_t i;

	for (i = 0; i < sizeof tag_roles / sizeof tag_roles[0]; i++)
		if (tag_roles[i].tag == tag)
			return tag_roles[i].role;
	return ROLE_INLINE;
}

/* The value of attribute name of element, or NULL. */
static const char *attribute(const GumboElement *element, const char *name)
{
	GumboAttribute *a = gumbo_get_attribute(&element->attributes, name);

	return a ? a->value : NULL;
}

/* Whether the len bytes at w are one of the unwanted parts. */
static int unwanted_part(const char *w, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof unwanted_parts / sizeof unwanted_parts[0]; i++)
		if (strlen(unwanted_parts[i]) == len && strncasecmp(w, unwanted_parts[i], len) == 0)
			return 1;
	return 0;
}

/* Whether the word (len bytes at w) contains an unwanted word or has an
 * unwanted part. */
static int unwanted_word(const char *w, size_t len)
{
	size_t i, k, part;

	for (i = 0; i < len; i += part + 1) {
		part = strcspn(w + i, "-_ \t\n\f\r");
		part = part < len - i ? part : len - i;
		if (unwanted_part(w + i, part))
			return 1;
	}
	for (i = 0; i < sizeof unwanted_words / sizeof unwanted_words[0]; i++) {
		size_t n = strlen(unwanted_words[i]);

		for (k = 0; k + n <= len; k++)
			if (strncasecmp(w + k, unwanted_words[i], n) == 0)
				return 1;
	}
	return 0;
}

/* Whether a class or id value (words split by spaces) marks unwanted text. */
static int unwanted_value(const char *value)
{
	const char *end;

	if (value == NULL)
		return 0;
	for (; *value != '\0'; value = end) {
		value += strspn(value, " \t\n\f\r");
		end = value + strcspn(value, " \t\n\f\r");
		if (end > value && end - value <= 64 && unwanted_word(value, (size_t)(end - value)))
			return 1;
	}
	return 0;
}

/* Whether element's role attribute is one left out. */
static int unwanted_role(const GumboElement *element)
{
	const char *role = attribute(element, "role");
	size_t i;

	for (i = 0; role != NULL && i < sizeof unwanted_roles / sizeof unwanted_roles[0]; i++)
		if (strcasecmp(role, unwanted_roles[i]) == 0)
			return 1;
	return 0;
}

/* What element is to the walk over the article. */
static enum role element_role(const GumboElement *element)
{
	enum role role = tag_role(element->tag);

	if (role == ROLE_SKIP)
		return role;
	if (attribute(element, "hidden") != NULL || unwanted_role(element) ||
	    unwanted_value(attribute(element, "class")) || unwanted_value(attribute(element, "id")) ||
	    unwanted_value(attribute(element, "data-component")))
		return ROLE_SKIP;
	return role;
}

/* ---- walking a tree without recursion ---- */

/* What a walk calls on entering a node (returning 0 to skip its children)
 * and on leaving it. */
struct visitor {
	int (*enter)(void *context, GumboNode *node);
	void (*leave)(void *context, GumboNode *node);
	void *context;
};

/* The children of node (an element, or the document). */
static GumboVector *children(GumboNode *node)
{
	if (node->type == GUMBO_NODE_DOCUMENT)
		return &node->v.document.children;
	if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
		return &node->v.element.children;
	return NULL;
}

/* The next sibling of node, or NULL. */
static GumboNode *next_sibling(GumboNode *node)
{
	GumboVector *list = node->parent ? children(node->parent) : NULL;
	size_t next = node->index_within_parent + 1;

	return list != NULL && next < list->length ? list->data[next] : NULL;
}

/* Visit root and everything under it in document order. */
static void walk(GumboNode *root, const struct visitor *v)
{
	GumboNode *node = root;

	for (;;) {
		GumboVector *list = children(node);
		GumboNode *sibling;

		if (v->enter(v->context, node) && list != NULL && list->length > 0) {
			node = list->data[0];
			continue;
		}
		for (;;) {
			v->leave(v->context, node);
			if (node == root)
				return;
			if ((sibling = next_sibling(node)) != NULL)
				break;
			node = node->parent;
		}
		node = sibling;
	}
}

/* Do nothing on leaving a node. */
static void leave_nothing(void *context, GumboNode *node)
{
	(void)context;
	(void)node;
}

/* ---- the first walk: metadata and where the article is ---- */

/* What the first walk finds. */
struct survey {
	struct html_meta meta;
	GumboNode *article_body;		/* itemprop=articleBody */
	GumboNode *articles[MAX_CANDIDATES];	/* <article> elements */
	size_t narticles;
	GumboNode *main;			/* <main> or role=main */
	GumboNode *body;
};

/* The text of node's first child when it is text, or NULL. */
static const char *child_text(const GumboNode *node)
{
	const GumboVector *list = &node->v.element.children;
	const GumboNode *first = list->length > 0 ? list->data[0] : NULL;

	if (first == NULL || (first->type != GUMBO_NODE_TEXT &&
			      first->type != GUMBO_NODE_WHITESPACE))
		return NULL;
	return first->v.text.text;
}

/* Whether the space-separated list value holds word (in any case). */
static int has_word(const char *value, const char *word)
{
	size_t n = strlen(word);

	while (value != NULL && *value != '\0') {
		size_t len;

		value += strspn(value, " \t\n\f\r");
		len = strcspn(value, " \t\n\f\r");
		if (len == n && strncasecmp(value, word, n) == 0)
			return 1;
		value += len;
	}
	return 0;
}

/* Take the metadata a <meta>, <link>, <title> or JSON-LD <script> gives. */
static void survey_head_element(struct survey *s, GumboNode *node)
{
	const GumboElement *e = &node->v.element;
	const char *key, *type, *text;

	switch (e->tag) {
	case GUMBO_TAG_META:
		key = attribute(e, "property") ? attribute(e, "property") : attribute(e, "name");
		if (key != NULL && attribute(e, "content") != NULL)
			html_meta_add_tag(&s->meta, key, attribute(e, "content"));
		break;
	case GUMBO_TAG_LINK:
		if (has_word(attribute(e, "rel"), "canonical"))
			html_meta_keep(&s->meta, &s->meta.canonical, attribute(e, "href"));
		break;
	case GUMBO_TAG_TITLE:
		html_meta_keep(&s->meta, &s->meta.title, child_text(node));
		break;
	case GUMBO_TAG_SCRIPT:
		type = attribute(e, "type");
		text = child_text(node);
		if (type != NULL && strcasecmp(type, "application/ld+json") == 0 && text != NULL)
			html_meta_add_jsonld(&s->meta, text, strlen(text));
		break;
	default:
		break;
	}
}

/* Note where the article might be: articleBody, <article>, <main>, <body>. */
static void survey_body_element(struct survey *s, GumboNode *node)
{
	const GumboElement *e = &node->v.element;
	const char *itemprop = attribute(e, "itemprop"), *role = attribute(e, "role");
	const char *date = attribute(e, "content") ? attribute(e, "content")
			   : attribute(e, "datetime");

	if (has_word(itemprop, "articleBody") && s->article_body == NULL)
		s->article_body = node;
	if (has_word(itemprop, "datePublished") && date != NULL)
		html_meta_add_tag(&s->meta, "datePublished", date);
	if (e->tag == GUMBO_TAG_ARTICLE && s->narticles < MAX_CANDIDATES)
		s->articles[s->narticles++] = node;
	if ((e->tag == GUMBO_TAG_MAIN || (role && strcasecmp(role, "main") == 0)) && !s->main)
		s->main = node;
	if (e->tag == GUMBO_TAG_BODY && s->body == NULL)
		s->body = node;
	if (e->tag == GUMBO_TAG_HTML)
		html_meta_keep(&s->meta, &s->meta.lang, attribute(e, "lang"));
}

/* The first walk's visit of a node. */
static int survey_enter(void *context, GumboNode *node)
{
	struct survey *s = context;

	if (node->type != GUMBO_NODE_ELEMENT)
		return node->type == GUMBO_NODE_DOCUMENT;
	survey_head_element(s, node);
	survey_body_element(s, node);
	return tag_role(node->v.element.tag) != ROLE_SKIP || node->v.element.tag == GUMBO_TAG_HEAD;
}

/* Count the bytes of article text under a node (the weighing walk). */
static int weigh_enter(void *context, GumboNode *node)
{
	size_t *weight = context;

	if (node->type == GUMBO_NODE_TEXT)
		*weight += strlen(node->v.text.text);
	return node->type == GUMBO_NODE_ELEMENT && element_role(&node->v.element) != ROLE_SKIP;
}

/* The root of the article's text: articleBody, the <article> with the
 * most text, <main>, the body, or the document. */
static GumboNode *article_root(struct survey *s, GumboNode *document)
{
	GumboNode *best = NULL;
	size_t best_weight = 0, i;

	if (s->article_body != NULL)
		return s->article_body;
	for (i = 0; i < s->narticles; i++) {
		size_t weight = 0;
		struct visitor weigh = { weigh_enter, leave_nothing, &weight };

		walk(s->articles[i], &weigh);
		if (weight > best_weight) {
			best = s->articles[i];
			best_weight = weight;
		}
	}
	if (best != NULL)
		return best;
	return s->main ? s->main : s->body ? s->body : document;
}

/* ---- the second walk: the paragraphs ---- */

/* The paragraphs being gathered. */
struct gather {
	struct blocks *blocks;
	struct strbuf paragraph;	/* the text of the one being read */
	uint32_t line;			/* where its text began */
	int skip_headers;		/* the root is not an article: headers are the site's */
	int with_loose;			/* take text outside blocks (in divs, after <br>) */
	size_t in_blocks;		/* blocks open around the walk */
	int loose;			/* the paragraph began outside any block */
	int failed;
};

/* End the paragraph being read. */
static void flush(struct gather *g)
{
	if (g->paragraph.len > 0 && (!g->loose || g->with_loose) &&
	    blocks_add(g->blocks, g->paragraph.buf, g->paragraph.len, g->line) != 0)
		g->failed = 1;
	g->failed |= !strbuf_ok(&g->paragraph);
	strbuf_reset(&g->paragraph);
}

/* What element is to this walk. */
static enum role gather_role(const struct gather *g, const GumboElement *e)
{
	if (e->tag == GUMBO_TAG_HEADER && g->skip_headers)
		return ROLE_SKIP;
	return element_role(e);
}

/* Add text that began on line to the paragraph. */
static void add_text(struct gather *g, const char *text, uint32_t line)
{
	if (g->paragraph.len == 0) {
		g->line = line;
		g->loose = g->in_blocks == 0;
	}
	strbuf_addstr(&g->paragraph, text);
}

/* The second walk's visit of a node. */
static int gather_enter(void *context, GumboNode *node)
{
	struct gather *g = context;
	enum role role;

	if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
		add_text(g, node->v.text.text, node->v.text.start_pos.line);
		return 0;
	}
	if (node->type == GUMBO_NODE_WHITESPACE) {
		if (g->paragraph.len > 0)
			strbuf_addch(&g->paragraph, ' ');
		return 0;
	}
	if (node->type != GUMBO_NODE_ELEMENT)
		return node->type == GUMBO_NODE_DOCUMENT;
	role = gather_role(g, &node->v.element);
	if (role == ROLE_BLOCK || role == ROLE_BREAK)
		flush(g);
	else if (role == ROLE_SPACE && g->paragraph.len > 0)
		strbuf_addch(&g->paragraph, ' ');
	g->in_blocks += role == ROLE_BLOCK;
	return role != ROLE_SKIP;
}

/* The second walk's leaving of a node. */
static void gather_leave(void *context, GumboNode *node)
{
	struct gather *g = context;
	enum role role;

	if (node->type != GUMBO_NODE_ELEMENT)
		return;
	role = gather_role(g, &node->v.element);
	if (role == ROLE_BLOCK || role == ROLE_BREAK)
		flush(g);
	else if (role == ROLE_SPACE && g->paragraph.len > 0)
		strbuf_addch(&g->paragraph, ' ');
	g->in_blocks -= role == ROLE_BLOCK;
}

/* Gather the paragraphs under root into page: the text of blocks; or,
 * when there is none, all the text (a page of <br>-separated text). */
static int gather_paragraphs(GumboNode *root, struct html_page *page)
{
	struct gather g;
	struct visitor visit = { gather_enter, gather_leave, &g };

	memset(&g, 0, sizeof g);
	g.blocks = &page->blocks;
	strbuf_init(&g.paragraph);
	g.skip_headers = root->type != GUMBO_NODE_ELEMENT ||
			 (root->v.element.tag != GUMBO_TAG_ARTICLE &&
			  !has_word(attribute(&root->v.element, "itemprop"), "articleBody"));
	for (; g.with_loose < 2 && page->blocks.count == 0 && !g.failed; g.with_loose++) {
		walk(root, &visit);
		flush(&g);
	}
	strbuf_release(&g.paragraph);
	return g.failed ? -1 : 0;
}

enum tanda_status html_read(const char *bytes, size_t size, const char *name,
			    const char *base_url, const char *content_type, struct html_page *page,
			    struct tanda_error *err)
{
	GumboOptions options = kGumboDefaultOptions;
	struct survey survey;
	struct visitor visit = { survey_enter, leave_nothing, &survey };
	struct html_utf8 utf8 = { .bytes = NULL, .converted = NULL };
	GumboOutput *output;
	enum tanda_status status;
	int failed;

	memset(page, 0, sizeof *page);
	blocks_init(&page->blocks);
	status = html_utf8_read(bytes, size, name, content_type, &utf8, err);
	if (status == TANDA_OK)
		status = html_check_limits(utf8.bytes, utf8.size, name, err);
	options.max_errors = 0;	/* unlimited, they cost memory quadratic in the depth */
	output = status == TANDA_OK ? gumbo_parse_with_options(&options, utf8.bytes, utf8.size)
				    : NULL;
	page->invalid = utf8.invalid;
	page->invalid_line = utf8.invalid_line;
	page->invalid_column = utf8.invalid_column;
	if (status != TANDA_OK || output == NULL) {
		html_utf8_release(&utf8);
		return status != TANDA_OK ? status
					  : tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", name);
	}
	memset(&survey, 0, sizeof survey);
	html_meta_init(&survey.meta);
	walk(output->document, &visit);
	failed = gather_paragraphs(article_root(&survey, output->document), page) != 0 ||
		 html_meta_finish(&survey.meta, base_url, &page->meta) != 0;
	html_meta_release(&survey.meta);
	gumbo_destroy_output(&options, output);
	html_utf8_release(&utf8);
	if (failed)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", name);
	return TANDA_OK;
}

void html_page_release(struct html_page *page)
{
	blocks_release(&page->blocks);
	article_meta_clear(&page->meta);
}
