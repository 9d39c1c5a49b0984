/*
 * frontmatter.h - an article's metadata, from optional YAML front matter
 * between "---" lines at the top of the file (read with yamlread.h).
 */
#ifndef TANDA_FRONTMATTER_H
#define TANDA_FRONTMATTER_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

/* Limits that keep hostile front matter from costing time or memory (as
 * an annotation set's): nesting of collections, bytes in one scalar. */
#define FRONTMATTER_MAX_DEPTH 64
#define FRONTMATTER_MAX_SCALAR ((size_t)16 << 20)

/* An article's metadata; each field NULL when unknown, else heap-owned. */
struct article_meta {
	char *title;
	char *source;
	char *url;
	char *published;	/* ISO 8601: YYYY-MM-DD, maybe with a time */
	char *language;
	char *author;		/* several authors are joined with ", " */
};

/*
 * Where front matter ends: when the size bytes at bytes open with a "---"
 * line closed by a "---" or "..." line, store the length of the YAML between
 * them in *yaml_len, the offset just past the closing line in *body, the
 * number of lines up to there in *lines, and return 1; else return 0.
 */
int frontmatter_find(const char *bytes, size_t size, size_t *yaml_len,
		     size_t *body, uint32_t *lines);

/*
 * Parse the len bytes of YAML at yaml, which start on line first_line of the
 * file called name, into meta (zeroed first).  Bad YAML, a document that is
 * not a mapping, a duplicate key, an anchor, an alias, a tag that is not
 * YAML's, nesting deeper than FRONTMATTER_MAX_DEPTH, a scalar over
 * FRONTMATTER_MAX_SCALAR, or a published date that is not ISO 8601 fail
 * with TANDA_EDATA: "NAME:LINE:COLUMN: front matter: [KEY: ]what".
 */
enum tanda_status frontmatter_parse(const char *yaml, size_t len, uint32_t first_line,
				    const char *name, struct article_meta *meta,
				    struct tanda_error *err);

/* Free the fields of meta and leave it empty (all NULL), ready for use. */
void article_meta_clear(struct article_meta *meta);

/* Whether text is an ISO 8601 calendar date, optionally with a time. */
int frontmatter_is_iso_date(const char *text);

#endif
