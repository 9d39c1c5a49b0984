/*
 * anchor.h - tying annotations to words of an article, and keeping them on
 * the right words when the article's text changes.
 *
 * Positions are code point offsets in the normalized text (what `tanda
 * cat` prints), end exclusive.  Plain logic over texts: no SQLite here.
 */
#ifndef TANDA_ANCHOR_H
#define TANDA_ANCHOR_H

#include <stddef.h>

#include "annotation.h"
#include "article.h"

/*
 * Fill anchor (cleared first) for bytes [start, end) of article's text,
 * which must lie inside one paragraph and on grapheme cluster boundaries
 * (never between a letter and its combining mark): exact,
 * up to ANNOTATION_CONTEXT characters of prefix and suffix (within the
 * whole text), code point start/end, paragraph and offsets in it; state
 * ANCHOR_EXACT.  Fails with TANDA_EUSAGE for a bad range.
 */
enum tanda_status anchor_make(struct article *article, size_t start, size_t end,
			      struct anchor *anchor, struct tanda_error *err);

/*
 * Find exact in article: the occurrence-th match (1-based) in paragraph
 * (1-based; 0 for anywhere).  Returns 1 and its bytes in *start and *end,
 * or 0 when there is no such match.
 */
int anchor_find(const struct article *article, const char *exact, size_t paragraph,
		size_t occurrence, size_t *start, size_t *end);

/*
 * Carry count annotations, anchored in old_text (old_len bytes), over to
 * new_article's text.  Each anchor is updated in place: ANCHOR_EXACT when
 * its exact text is at its old position (shifted past the edit) or found
 * again (prefix and suffix choose among several); ANCHOR_FUZZY with a
 * score and old_exact when only an approximate match (edit distance at
 * most a quarter of the quote's length) is found; ANCHOR_ORPHAN, keeping
 * its old position and old_exact, when nothing is good enough; and
 * ANCHOR_RESOLVED for a correction whose exact text is gone and whose
 * replacement stands in its place.  Work is proportional to the text plus
 * what the edit touched, so 100,000 annotations after a one-paragraph edit
 * take well under a second.
 */
enum tanda_status anchor_relocate(const char *old_text, size_t old_len,
				  struct article *new_article, struct annotation *annotations,
				  size_t count, struct tanda_error *err);

#endif
