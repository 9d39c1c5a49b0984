/*
 * html-limits.h - what an HTML page may hold before it is parsed.
 *
 * The HTML5 parser (gumbo 0.10) spends time quadratic in the nesting of
 * elements (every start tag walks the stack of open elements) and in the
 * number of attributes of one tag (each is checked against the ones before
 * it), and it recurses as deep as the nesting when it frees the tree.  One
 * linear pass over the bytes bounds both before gumbo sees them: it counts
 * what could be a tag, and the attribute-like parts of each, erring on the
 * side of counting too many.  It extracts nothing: the parser does that.
 */
#ifndef TANDA_HTML_LIMITS_H
#define TANDA_HTML_LIMITS_H

#include <stddef.h>

#include "error.h"

/* The most tags a page may have ("<" and a letter, wherever they are):
 * the worst nesting of this many costs the parser a few seconds. */
#define HTML_MAX_TAGS 40000

/* The most attribute-like parts (runs of spaces or slashes, in quotes too)
 * of one tag. */
#define HTML_MAX_ATTRIBUTES 10000

/* The largest HTML page read, in bytes (saved pages with their images
 * inlined included). */
#define HTML_MAX_SIZE ((size_t)64 << 20)

/*
 * Check the size bytes at bytes, the page called name, against the limits
 * above: TANDA_EDATA naming the file (and the line of the tag) when one is
 * passed.
 */
enum tanda_status html_check_limits(const char *bytes, size_t size, const char *name,
				    struct tanda_error *err);

#endif
