/*
 * html-meta.h - an HTML page's metadata, from what the page offers, in
 * this order for each field: JSON-LD (a NewsArticle or another schema.org
 * article: headline, datePublished, author, publisher, url, inLanguage),
 * then the Open Graph and article: meta tags (og:title, og:site_name,
 * og:url, article:published_time, author), then <link rel=canonical>,
 * <html lang> and <title>.  html.c finds these in the parsed page and
 * hands them over; this module knows nothing of the parser.
 */
#ifndef TANDA_HTML_META_H
#define TANDA_HTML_META_H

#include <stddef.h>

#include "frontmatter.h"

/* What a page offers, gathered while it is walked. */
struct html_meta {
	struct article_meta jsonld;	/* from the first JSON-LD article */
	struct article_meta tags;	/* from the meta tags (the first of each) */
	char *canonical;		/* <link rel=canonical href> */
	char *lang;			/* <html lang> */
	char *title;			/* <title> */
	int failed;			/* out of memory on the way */
};

/* Set hm up empty. */
void html_meta_init(struct html_meta *hm);

/* Free what hm holds. */
void html_meta_release(struct html_meta *hm);

/* The most a JSON-LD script may hold (json-limits.h): more is not an
 * article's metadata, and is ignored rather than parsed. */
#define HTML_JSONLD_MAX_DEPTH 32
#define HTML_JSONLD_MAX_VALUES 100000

/* Read the len bytes of a <script type=application/ld+json> (JSON; a bad
 * one, or one past the limits above, is ignored) for the first article it
 * describes. */
void html_meta_add_jsonld(struct html_meta *hm, const char *json, size_t len);

/* Take <meta property|name=key content=content> if key is one we read. */
void html_meta_add_tag(struct html_meta *hm, const char *key, const char *content);

/* Take *field = a copy of value unless it is set already (canonical, lang,
 * title). */
void html_meta_keep(struct html_meta *hm, char **field, const char *value);

/*
 * Fill meta (zeroed first; free with article_meta_clear) with the best of
 * what hm gathered: each field from the first source that has it; a date
 * only when it is ISO 8601; a URL only when absolute (http or https), or
 * made absolute against base_url (NULL: none); a language by its primary
 * subtag in lower case (id-ID is id).  0, or -1 when out of memory.
 */
int html_meta_finish(struct html_meta *hm, const char *base_url, struct article_meta *meta);

#endif
