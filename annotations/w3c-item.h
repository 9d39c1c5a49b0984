/*
 * w3c-item.h - one annotation of a JSON file read into tanda's record: a
 * W3C Web Annotation (tanda's own export, or another tool's) or a row of
 * Hypothesis's API search results, as man/tanda-w3c.5 maps them.
 *
 * What is read: the quote (TextQuoteSelector) and position
 * (TextPositionSelector) of the first target that has a quote; the
 * article it names (urn:tanda:sha256 or a urn:sha256: source, else the
 * source's http or https URL, else Hypothesis's uri); the kind from
 * urn:tanda:kind, else the motivation, else a note when there is text; the
 * bodies by purpose (note, tags, replacement, claim status, speaker),
 * Hypothesis's text and tags; the creator (or Hypothesis's user); the
 * times; tanda's own urn:tanda: terms (the article's metadata on the
 * target, the rest on the annotation).  Values of the wrong type fail
 * naming their place ("rows[3].target[0].selector[1].exact: not a
 * string"); an annotation without a quote of its own (a reply, a note on a
 * whole page) is not an error but skipped, with the reason.
 */
#ifndef TANDA_W3C_ITEM_H
#define TANDA_W3C_ITEM_H

#include <jansson.h>

#include "annotation.h"
#include "error.h"
#include "strbuf.h"

/* The longest place named in a message ("first.items[12].target..."). */
#define W3C_PATH_MAX 160

/* Where the reading is, for messages (set up by w3c_place_init; not to
 * be copied: path is built in place). */
struct w3c_place {
	const char *name;		/* the file */
	char path[W3C_PATH_MAX];	/* in it: "rows[3].target[0]" */
	size_t len;			/* strlen(path) */
	struct strbuf sb;		/* the builder of path (fixed, over it) */
	struct tanda_error *err;
};

/* Set where up at the top of the file called name. */
void w3c_place_init(struct w3c_place *where, const char *name, struct tanda_error *err);

/* One annotation read; strings heap-owned (w3c_item_clear). */
struct w3c_item {
	struct annotation a;	/* its id, kind, anchor, bodies, author, times */
	char sha256[65];	/* its article's text's, when named; else "" */
	char *url;		/* its article's URL (no #fragment), else NULL */
	char *title;		/* the page's title, when the file gives it */
	char *publication, *published, *language;	/* the article's, as tanda
				 * exported it (urn:tanda: terms of the target) */
	size_t paragraphs;	/* the article's, when tanda gave it; else 0 */
	int ours;		/* written by tanda (urn:tanda:kind): positions
				 * are tanda's, strings kept as they are */
	int has_position;	/* a TextPositionSelector gave start and end */
	char path[W3C_PATH_MAX];	/* where it is in the file */
};

/* Add "." key (or "[index]" when key is NULL) to where's path; returns
 * the length to give back to w3c_place_pop. */
size_t w3c_place_push(struct w3c_place *where, const char *key, size_t index);

/* Cut where's path back to len. */
void w3c_place_pop(struct w3c_place *where, size_t len);

/* Fail with TANDA_EDATA: "FILE: PATH: message". */
enum tanda_status w3c_place_fail(struct w3c_place *where, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * Read the annotation node (at where) into item (zeroed first).  Returns
 * TANDA_OK with *skipped NULL for an annotation to import, or with
 * *skipped saying why one is left out; TANDA_EDATA for a value that is
 * wrong; TANDA_ENOMEM.
 */
enum tanda_status w3c_item_read(json_t *node, struct w3c_place *where, struct w3c_item *item,
				const char **skipped);

/* Free what item holds and zero it. */
void w3c_item_clear(struct w3c_item *item);

/* url as annotations name an article: only an http or https URL, without
 * its #fragment; NULL when it is not one or out of memory (*failed set). */
char *w3c_article_url(const char *url, int *failed);

#endif
