/*
 * html.h - an article from an HTML5 page: its paragraphs and its metadata.
 *
 * The page is parsed by gumbo, which implements the HTML5 parsing
 * algorithm, so that a page is read as browsers read it (unclosed
 * paragraphs, misnested tags, entities).  The paragraphs are the block
 * text (p, h1-h6, li, blockquote, figcaption, pre, dt, dd, table rows) of
 * the article: the element marked itemprop=articleBody, else the <article>
 * with the most text, else <main>, else the body.  Navigation, scripts,
 * styles, asides, forms, footers, and blocks whose class, id or role say
 * share, social, comments, related, newsletter, advertising or similar are
 * left out.  Inline markup is flattened into the text; <br> is a space.
 */
#ifndef TANDA_HTML_H
#define TANDA_HTML_H

#include <stddef.h>
#include <stdint.h>

#include "blocks.h"
#include "error.h"
#include "frontmatter.h"

/* An HTML page read as an article. */
struct html_page {
	struct blocks blocks;		/* the paragraphs, with their lines */
	struct article_meta meta;	/* see html-meta.h */
	size_t invalid;			/* bytes its encoding lacks (html-charset.h) */
	uint32_t invalid_line;		/* where the first is */
	uint32_t invalid_column;
};

/*
 * Read the size bytes at bytes, the page called name, into page
 * (free with html_page_release, even on failure).  base_url (NULL: none)
 * is where the page came from, to make a relative canonical URL absolute;
 * content_type (NULL: none) the media type it was served as.
 * The bytes are UTF-8 unless the page declares another encoding (see
 * html-charset.h).  Fails with TANDA_EDATA for an encoding that cannot be
 * read or past the limits of html-limits.h, TANDA_ENOMEM.
 */
enum tanda_status html_read(const char *bytes, size_t size, const char *name,
			    const char *base_url, const char *content_type, struct html_page *page,
			    struct tanda_error *err);

/* Free what page holds. */
void html_page_release(struct html_page *page);

#endif
